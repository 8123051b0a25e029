using Portal.Ocr.Worker.Fields;

namespace Portal.Ocr.Worker.Layout;

/// <summary>
/// The classification and urgency stamps: MẬT, TỐI MẬT, TUYỆT MẬT; KHẨN, THƯỢNG KHẨN, HỎA TỐC. Stamp
/// words are upper case, so "văn bản mật" in a sentence is never taken for a mark. Stamps are matched on
/// their letters alone, allowing a slip, because OCR glues them ("TỐIMẬT") or drops an accent ("HÓA").
/// </summary>
internal static class Marks
{
    private static readonly (string Letters, int Slips, string Mark)[] Levels =
        [("TUYỆTMẬT", 1, "TUYỆT MẬT"), ("TỐIMẬT", 1, "TỐI MẬT"), ("MẬT", 0, "MẬT"), ("MẶT", 0, "MẬT"), ("MẠT", 0, "MẬT")];

    private static readonly (string Letters, int Slips, string Mark)[] Urgencies =
        [("THƯỢNGKHẨN", 2, "THƯỢNG KHẨN"), ("HỎATỐC", 1, "HỎA TỐC"), ("KHẨN", 1, "KHẨN")];

    public static bool IsMarkLine(string text)
    {
        text = WithoutSpecks(text);
        if (text.Any(char.IsLower))
            return false;
        var letters = Letters(text);
        var found = false;
        foreach (var (pattern, slips, _) in Levels.Concat(Urgencies))
        {
            while (Find(letters, pattern, slips) is var (at, length) && at >= 0)
            {
                letters = letters.Remove(at, length);
                found = true;
            }
        }
        return found && letters.Length <= 1;
    }

    /// <summary>The classification, the urgency, and whether both were read letter for letter, from stamp lines in reading order.</summary>
    public static (string Classification, string Urgency, bool Exact) Read(IEnumerable<TextLine> lines)
    {
        var letters = string.Concat(Rows(lines.Where(l => !WithoutSpecks(l.Text).Any(char.IsLower))).Select(l => Letters(WithoutSpecks(l.Text))));
        var (classification, exactLevel) = First(letters, Levels);
        var (urgency, exactUrgency) = First(letters, Urgencies);
        return (classification, urgency, exactLevel && exactUrgency);
    }

    private static (string Mark, bool Exact) First(string letters, (string Letters, int Slips, string Mark)[] marks)
    {
        foreach (var (pattern, slips, mark) in marks)
        {
            if (letters.Contains(pattern, StringComparison.Ordinal))
                return (mark, true);
            if (Find(letters, pattern, slips).At >= 0)
                return (mark, false);
        }
        return ("", true);
    }

    /// <summary>Where the pattern occurs with at most <paramref name="slips"/> edits, and how long the occurrence is; -1 if nowhere.</summary>
    private static (int At, int Length) Find(string letters, string pattern, int slips)
    {
        for (var at = 0; at < letters.Length; at++)
        {
            var best = (Distance: slips + 1, Length: 0);
            for (var length = Math.Max(1, pattern.Length - slips); length <= pattern.Length + slips && at + length <= letters.Length; length++)
            {
                var distance = Levenshtein.Distance(letters.Substring(at, length), pattern);
                if (distance < best.Distance || (distance == best.Distance && Math.Abs(length - pattern.Length) < Math.Abs(best.Length - pattern.Length)))
                    best = (distance, length);
            }
            if (best.Distance <= slips)
                return (at, best.Length);
        }
        return (-1, 0);
    }

    /// <summary>Lines grouped into rows (a stamp's letters may come back as separate pieces), each row left to right.</summary>
    private static IEnumerable<TextLine> Rows(IEnumerable<TextLine> lines)
    {
        var ordered = lines.OrderBy(l => (l.Top + l.Bottom) / 2).ToList();
        var rows = new List<List<TextLine>>();
        foreach (var line in ordered)
        {
            var row = rows.LastOrDefault();
            if (row != null && Math.Abs((line.Top + line.Bottom) / 2 - (row[0].Top + row[0].Bottom) / 2) < Math.Max(line.Height, row[0].Height))
                row.Add(line);
            else
                rows.Add([line]);
        }
        return rows.SelectMany(r => r.OrderBy(l => l.Box.Left));
    }

    /// <summary>The line without its lone lower-case letters: a speck beside a stamp reads as "m" or "l", a stamp's word never does.</summary>
    private static string WithoutSpecks(string text) =>
        string.Join(' ', text.Split(' ').Where(w => !(w.Count(char.IsLetter) == 1 && w.Any(char.IsLower))));

    private static string Letters(string text) => new([.. text.Where(char.IsLetter).Select(char.ToUpperInvariant)]);
}
