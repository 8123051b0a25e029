using System.Globalization;

namespace Portal.Templates.Services;

/// <summary>The whole model a template sees: plain strings and lists of strings, nothing else.</summary>
internal static class TemplateVariables
{
    public static readonly IReadOnlyList<TemplateVariable> All =
    [
        new("co_quan_chu_quan", "Tên cơ quan, tổ chức chủ quản", false, f => f.ParentAgency),
        new("co_quan", "Tên cơ quan, tổ chức ban hành", false, f => f.Agency),
        new("so_ky_hieu", "Số và ký hiệu (để trống trước khi cấp số)", false, f => f.NumberAndSymbol),
        new("dia_danh", "Địa danh", false, f => f.Place),
        new("ngay_thang", "Ngày tháng năm (\"ngày 05 tháng 01 năm 2026\")", false, f => DateText(f.Date)),
        new("trich_yeu", "Trích yếu nội dung", false, f => f.Subject),
        new("kinh_gui", "Kính gửi (danh sách)", true, f => f.Addressees),
        new("can_cu", "Căn cứ ban hành (danh sách)", true, f => f.LegalBases),
        new("noi_dung", "Nội dung, mỗi đoạn một phần tử", true, f => f.Body),
        new("quyen_han", "Quyền hạn ký (TM./KT./TL./TUQ./Q. ...)", false, f => f.Authority),
        new("chuc_vu", "Chức vụ người ký", false, f => f.SignerTitle),
        new("nguoi_ky", "Họ tên người ký", false, f => f.SignerName),
        new("noi_nhan", "Nơi nhận (danh sách)", true, f => f.Recipients),
        new("luu", "Dòng lưu (\"Lưu: VT, VP.\")", false, f => f.Filing),
    ];

    public static readonly IReadOnlySet<string> Names = All.Select(v => v.Name).ToHashSet();

    /// <summary>Before the clerk dates the document the day, month and year stay blank, as on a paper draft signed before numbering.</summary>
    public static string DateText(DateOnly? date) => date is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"ngày {d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00") : d.Month.ToString())} năm {d.Year}")
        : $"ngày {DocumentFields.Blank} tháng {DocumentFields.Blank} năm {DocumentFields.Blank}";
}
