namespace Portal.Ocr.Worker.Fields;

/// <summary>The type names of Decree 30/2020 (Phụ lục III) as they are printed, upper case, centred under the header.</summary>
internal static class DocumentTypes
{
    public const string Letter = "Công văn";

    private static readonly string[] Names =
    [
        "Nghị quyết", "Quyết định", "Chỉ thị", "Quy chế", "Quy định", "Thông cáo", "Thông báo", "Hướng dẫn",
        "Chương trình", "Kế hoạch", "Phương án", "Đề án", "Dự án", "Báo cáo", "Biên bản", "Tờ trình", "Hợp đồng",
        "Công điện", "Bản ghi nhớ", "Bản thỏa thuận", "Giấy ủy quyền", "Giấy mời", "Giấy giới thiệu",
        "Giấy nghỉ phép", "Phiếu gửi", "Phiếu chuyển", "Phiếu báo", "Thư công",
    ];

    /// <summary>The type a title line names ("QUYẾT ĐỊNH" → "Quyết định"), allowing one slip per word; null if none.</summary>
    public static string? Match(string line)
    {
        var title = string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', ':');
        if (title.Length < 4 || title.Any(char.IsLower))
            return null;
        var best = Names.MinBy(n => Levenshtein.Distance(n.ToUpperInvariant(), title))!;
        var distance = Levenshtein.Distance(best.ToUpperInvariant(), title);
        return distance <= Math.Max(1, best.Split(' ').Length) ? best : null;
    }
}
