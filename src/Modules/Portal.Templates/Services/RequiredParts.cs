namespace Portal.Templates.Services;

/// <summary>
/// A template is refused unless it shows every part Decree 30/2020 §1.3 requires. It is run on probe
/// fields, each holding a word found nowhere else, and the output must contain every probe (letter case
/// aside, since names are upper-cased in the layout) and the national name and motto.
/// </summary>
internal static class RequiredParts
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public static readonly DocumentFields Probe = new()
    {
        ParentAgency = "qzcoquanchuquanqz",
        Agency = "qzcoquanqz",
        NumberAndSymbol = "qzsokyhieuqz",
        Place = "qzdiadanhqz",
        Date = new DateOnly(2026, 1, 5),
        Subject = "qztrichyeuqz",
        Addressees = ["qzkinhguiqz"],
        LegalBases = ["qzcancuqz"],
        Body = ["qznoidungqz"],
        Authority = "qzquyenhanqz",
        SignerTitle = "qzchucvuqz",
        SignerName = "qznguoikyqz",
        Recipients = ["qznoinhanqz"],
        Filing = "qzluuqz",
    };

    public static IReadOnlyList<RequiredPart> For(DocumentType type)
    {
        List<RequiredPart> parts =
        [
            new("quốc hiệu", NationalName),
            new("tiêu ngữ", Motto),
            new("tên cơ quan ban hành (co_quan)", Probe.Agency),
            new("số, ký hiệu (so_ky_hieu)", Probe.NumberAndSymbol),
            new("địa danh (dia_danh)", Probe.Place),
            new("ngày tháng (ngay_thang)", TemplateVariables.DateText(Probe.Date)),
            new("trích yếu (trich_yeu)", Probe.Subject),
            new("nội dung (noi_dung)", Probe.Body[0]),
            new("quyền hạn ký (quyen_han)", Probe.Authority),
            new("chức vụ người ký (chuc_vu)", Probe.SignerTitle),
            new("họ tên người ký (nguoi_ky)", Probe.SignerName),
            new("nơi nhận (noi_nhan)", Probe.Recipients[0]),
            new("dòng lưu (luu)", Probe.Filing),
        ];
        parts.Add(type.IsCongVan ? new("\"V/v\" trước trích yếu", "V/v") : new($"tên loại \"{type.Name.ToUpperInvariant()}\"", type.Name));
        return parts;
    }

    public static void Check(DocumentType type, string output)
    {
        var missing = For(type).Where(p => !output.Contains(p.Probe, StringComparison.OrdinalIgnoreCase)).Select(p => p.Name).ToList();
        if (missing.Count > 0)
            throw new TemplateRefusedException($"Mẫu {type.Name} thiếu thành phần bắt buộc theo Nghị định 30/2020: {string.Join(", ", missing)}.");
    }
}
