using Portal.Ocr.Worker.Fields;

namespace Portal.Ocr.Worker.Layout;

/// <summary>
/// The classification and urgency stamps: MẬT, TỐI MẬT, TUYỆT MẬT; KHẨN, THƯỢNG KHẨN, HỎA TỐC. Stamp
/// words are upper case, so "văn bản mật" in a sentence is never taken for a mark.
/// </summary>
internal static class Marks
{
    private static readonly string[] Words = ["MẬT", "TỐI", "TUYỆT", "KHẨN", "THƯỢNG", "HỎA", "TỐC"];

    public static bool IsMarkLine(string text)
    {
        var tokens = Tokens(text);
        return tokens.Count > 0 && tokens.All(t => Canonical(t) != null);
    }

    /// <summary>The marks in these lines, as canonical words in order (e.g. "TỐI MẬT THƯỢNG KHẨN").</summary>
    public static string Read(IEnumerable<string> lines) =>
        string.Join(' ', lines.Where(IsMarkLine).SelectMany(Tokens).Select(t => Canonical(t)!));

    /// <summary>Whether every mark word in these lines was read letter for letter.</summary>
    public static bool Exact(IEnumerable<string> lines) =>
        lines.Where(IsMarkLine).SelectMany(Tokens).All(t => Words.Contains(t));

    public static string Classification(string marks) =>
        marks.Contains("TUYỆT MẬT", StringComparison.Ordinal) ? "TUYỆT MẬT"
        : marks.Contains("TỐI MẬT", StringComparison.Ordinal) ? "TỐI MẬT"
        : marks.Split(' ').Contains("MẬT") ? "MẬT"
        : "";

    public static string Urgency(string marks) =>
        marks.Contains("HỎA TỐC", StringComparison.Ordinal) ? "HỎA TỐC"
        : marks.Contains("THƯỢNG KHẨN", StringComparison.Ordinal) ? "THƯỢNG KHẨN"
        : marks.Split(' ').Contains("KHẨN") ? "KHẨN"
        : "";

    private static List<string> Tokens(string text) =>
        [.. text.Split([' ', '|', '[', ']', '(', ')', '{', '}', '_', '—', '-', '.', ',', ':', '\'', '"', '“', '”', '!'],
                StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string([.. t.Where(char.IsLetter)]).Replace("HOẢ", "HỎA", StringComparison.Ordinal))
            .Where(t => t.Length > 2)];

    private static string? Canonical(string token)
    {
        if (token.Any(char.IsLower))
            return null;
        if (Words.Contains(token))
            return token;
        var nearest = Words.MinBy(w => Levenshtein.Distance(w, token))!;
        return Levenshtein.Distance(nearest, token) <= 1 ? nearest : null;
    }
}
