using System.Globalization;

namespace Portal.Access;

/// <summary>
/// The GIẢI MẬT stamp (DOMAIN.md §2.4 form 05, §2.10) that every new copy, print or export of a declassified document
/// bears where its classification stood: the word, the day it took effect ("Từ: …") and what decided it.
/// </summary>
public sealed record Declassification(DateOnly On, string Decision)
{
    public const string Word = "GIẢI MẬT";

    public string From => "Từ: " + On.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The stamp as lines, as a stamped block or a page header prints them.</summary>
    public IReadOnlyList<string> Lines => [Word, From, Decision];
}
