namespace Portal.Ocr.Worker.Fields;

/// <summary>
/// The issuing agency and its parent from the header's left column. A name may wrap ("ỦY BAN NHÂN DÂN
/// TỈNH THANH" / "HÓA"): a line opens a new name only when it starts with a word that opens agency names.
/// </summary>
internal static class AgencyNames
{
    private static readonly string[] Openers =
    [
        "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "SỞ", "BỘ", "BAN", "CỤC", "TỔNG CỤC", "CHI CỤC", "VỤ", "VIỆN", "HỌC VIỆN",
        "VĂN PHÒNG", "THANH TRA", "TRUNG TÂM", "PHÒNG", "KHO BẠC", "CÔNG AN", "TÒA ÁN", "TOÀ ÁN", "KIỂM TOÁN",
        "ĐẢNG ỦY", "ĐẢNG UỶ", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "TRƯỜNG", "ĐẠI HỌC", "BỆNH VIỆN", "CHÍNH PHỦ",
        "THỦ TƯỚNG", "QUỐC HỘI", "NGÂN HÀNG", "TỔNG CÔNG TY", "CÔNG TY", "QUÂN KHU", "BỘ CHỈ HUY", "BỘ TƯ LỆNH",
        "ĐÀI", "BÁO", "HỌC VIỆN", "ĐOÀN", "LIÊN ĐOÀN", "HỘI", "CƠ QUAN",
    ];

    public static (string Parent, string Agency) Split(IEnumerable<string> lines)
    {
        var names = new List<string>();
        foreach (var line in lines)
        {
            if (names.Count == 0 || Opens(line))
                names.Add(line);
            else
                names[^1] += " " + line;
        }
        return names.Count switch
        {
            0 => ("", ""),
            1 => ("", names[0]),
            _ => (names[^2], names[^1]),
        };
    }

    private static bool Opens(string line) =>
        Openers.Any(o => line.StartsWith(o + " ", StringComparison.Ordinal) || line == o);
}
