using System.Globalization;

namespace Portal.Oversight.Board;

/// <summary>How the dashboard writes figures: Vietnam time, thousands with dots, sizes in MB, "—" for what is not known.</summary>
public static class BoardText
{
    private static readonly CultureInfo Vi = new("vi-VN");

    public static string Time(DateTime? utc) =>
        utc is { } t ? t.AddHours(7).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Number(long? value) => value is { } v ? v.ToString("N0", Vi) : "—";

    public static string Megabytes(long? bytes) => bytes is { } b ? (b / (1024.0 * 1024.0)).ToString("N1", Vi) + " MB" : "—";

    public static string Figure(FigureSheet? sheet, string key) => Number(sheet?.Count(key));

    /// <summary>Documents in the search index against those the agency holds: "khớp" when equal, else the gap.</summary>
    public static string Index(FigureSheet? sheet)
    {
        if (sheet is null || !sheet.Counts.TryGetValue(FigureKeys.IndexedDocuments, out var indexed))
            return "—";
        var held = sheet.Count(FigureKeys.SearchableDocuments);
        return $"{Number(indexed)}/{Number(held)} văn bản ({(indexed == held ? "khớp" : $"lệch {Number(Math.Abs(held - indexed))}")})";
    }
}
