using System.Text.RegularExpressions;

namespace Portal.Ocr.Worker.Layout;

/// <summary>The fixed phrases of Decree 30/2020's layout, tolerant of the usual OCR slips in diacritics.</summary>
internal static partial class LetterPatterns
{
    [GeneratedRegex(@"(?<place>\p{Lu}[^,;:\d]*?)\s*[,.]\s*ng[àaá]y\s*(?<d>\d{1,2})\s*th[áaà]ng\s*(?<m>\d{1,2})\s*n[ăaâ]m\s*(?<y>\d{4})")]
    public static partial Regex PlaceDate();

    [GeneratedRegex(@"^S[ốôoóồổ6][\s]*[:;.]\s*(?<v>.+)$")]
    public static partial Regex Number();

    [GeneratedRegex(@"^V\s*/\s*[vV]\b\.?\s*(?<v>.*)$")]
    public static partial Regex Subject();

    // A fax's specks before it ("- Nơi nhận") and its last letter read as "m" ("nhậm").
    [GeneratedRegex(@"^[^\p{L}\p{N}]*N[ơo][iíì]\s*nh[ậâaặ][nm]\s*[:;.]?", RegexOptions.IgnoreCase)]
    public static partial Regex Recipients();

    [GeneratedRegex(@"^K[íi]nh\s*g[ửưu]i", RegexOptions.IgnoreCase)]
    public static partial Regex Addressee();

    [GeneratedRegex(@"C[ỘO]NG\s*H[ÒO]A|[ĐD][ộo]c\s*l[ậa]p", RegexOptions.IgnoreCase)]
    public static partial Regex Motto();

    [GeneratedRegex(@"^[ĐD][ộoọô]c$")]
    public static partial Regex MottoStart();
}
