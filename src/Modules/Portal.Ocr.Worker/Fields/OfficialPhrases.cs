using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Fields;

/// <summary>
/// Mends the upper-case words of titles and agency names that OCR gets nearly right: a tone mark slipped
/// ("CHỦ TICH", "PHÓ GIÁM ĐỘC", "TÍNH") or two words glued ("GIÁMĐỐC", "CÔNGAN"). Only whole phrases of
/// the administration's vocabulary (Decree 30's titles, the levels of government) are mended, and only
/// where the letters without their marks are the same, so a place name ("HÀ TĨNH") is never touched.
/// </summary>
internal static class OfficialPhrases
{
    private static readonly string[] Phrases =
    [
        "ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN THÀNH PHỐ", "ỦY BAN NHÂN DÂN HUYỆN", "ỦY BAN NHÂN DÂN QUẬN",
        "ỦY BAN NHÂN DÂN THỊ XÃ", "ỦY BAN NHÂN DÂN XÃ", "ỦY BAN NHÂN DÂN PHƯỜNG", "ỦY BAN NHÂN DÂN",
        "HỘI ĐỒNG NHÂN DÂN TỈNH", "HỘI ĐỒNG NHÂN DÂN", "VĂN PHÒNG", "KHO BẠC NHÀ NƯỚC", "NGÂN HÀNG NHÀ NƯỚC",
        "BỘ CÔNG AN", "CÔNG AN TỈNH", "BỘ QUỐC PHÒNG", "BỘ TÀI CHÍNH", "BỘ NỘI VỤ", "BỘ TƯ PHÁP", "BỘ NGOẠI GIAO",
        "BỘ Y TẾ", "SỞ Y TẾ", "SỞ NỘI VỤ", "SỞ TÀI CHÍNH", "SỞ TƯ PHÁP", "SỞ XÂY DỰNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "THANH TRA", "TỔNG CỤC", "CHI CỤC",
        "PHÓ GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "BỘ TRƯỞNG", "THỨ TRƯỞNG",
        "PHÓ TỔNG CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG", "PHÓ VỤ TRƯỞNG", "VỤ TRƯỞNG",
        "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "TRƯỞNG PHÒNG", "TRƯỞNG BAN", "VIỆN TRƯỞNG",
        "CHỦ NHIỆM",
    ];

    private static readonly (string[] Words, string Bare, string Glued)[] Known =
        [.. Phrases.OrderByDescending(p => p.Length).Select(p => (p.Split(' '), VietnameseLetters.Bare(p.Replace(" ", "")), p.Replace(" ", "")))];

    /// <summary>Whether the line is one of the phrases, after a prefix such as "KT." or "TM.".</summary>
    public static bool IsKnown(string line) => Phrases.Contains(line[(line.IndexOf(". ", StringComparison.Ordinal) + 1)..].Trim());

    public static string Mend(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var mended = new bool[words.Count];
        foreach (var (phrase, bare, glued) in Known)
        {
            // Glued words read as fewer words than the phrase has.
            for (var count = phrase.Length; count >= 1; count--)
            {
                for (var at = 0; at + count <= words.Count; at++)
                {
                    if (mended.Skip(at).Take(count).Any(m => m))
                        continue;
                    // A speck read as a full stop inside a title ("PHÓ.GIÁM ĐỐC") is no letter.
                    var window = string.Concat(words.Skip(at).Take(count)).Replace(".", "");
                    if (window == glued && count == phrase.Length || VietnameseLetters.Bare(window) != bare)
                        continue;
                    words.RemoveRange(at, count);
                    words.InsertRange(at, phrase);
                    var marks = mended.ToList();
                    marks.RemoveRange(at, count);
                    marks.InsertRange(at, Enumerable.Repeat(true, phrase.Length));
                    mended = [.. marks];
                }
            }
        }
        return string.Join(' ', words);
    }
}
