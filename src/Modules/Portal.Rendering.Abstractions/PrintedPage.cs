using System.Globalization;

namespace Portal.Rendering;

/// <summary>
/// An agency's own printed page — a leader's report, a dossier's list of contents, a hand-over record: one house
/// style (Liberation Serif, ruled tables whose heading repeats on every page), who printed it and when (Vietnam
/// time) at the foot and the mark at the top of every page. <paramref name="Body"/> is HTML whose user text the
/// caller has encoded.
/// </summary>
public sealed record PrintedPage(string Body, string PrinterName, DateTimeOffset PrintedAt)
{
    private const string Style = "body{font-family:'Liberation Serif',serif;font-size:13pt}h1{text-align:center;font-size:14pt;margin:4mm 0}"
                                 + "h2{font-size:13pt;margin:5mm 0 2mm}.co-quan,.ky,.ho-so{text-align:center;margin:1mm 0}"
                                 + "table{width:100%;border-collapse:collapse}th,td{border:1px solid #000;padding:1mm 2mm;vertical-align:top}"
                                 + "thead{display:table-header-group}tr{page-break-inside:avoid}table.ky td{border:none;text-align:center;width:50%}";

    /// <summary>The classification printed on every page; none when null.</summary>
    public string? Mark { get; init; }

    public bool Landscape { get; init; }

    public PdfRequest Request() =>
        new($"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>{Style}</style></head><body>{Body}</body></html>")
        {
            Mark = Mark,
            FooterNote = "In bởi " + PrinterName + " lúc "
                         + PrintedAt.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture),
            Landscape = Landscape,
        };
}
