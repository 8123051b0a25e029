using System.Globalization;
using System.Net;
using System.Text;
using Portal.Access;
using Portal.Rendering;

namespace Portal.Registers.Services;

/// <summary>Builds the book's HTML (every text encoded) and prints it through the renderer.</summary>
internal sealed class BookPrint(IPdfRenderer renderer) : IBookPrint
{
    /// <summary>Past this many columns the printed book turns sideways.</summary>
    private const int PortraitColumns = 6;

    private const string Style =
        "body{margin:0;font-family:'Liberation Serif',serif;font-size:10pt;color:#000}"
        + ".head{display:flex;justify-content:space-between;align-items:flex-start;margin-bottom:6pt}"
        + ".agency{text-align:center;font-weight:bold;text-transform:uppercase;max-width:60%}"
        + "h1{font-size:15pt;text-align:center;margin:8pt 0 2pt}p.sub{text-align:center;margin:0 0 2pt}p.range{text-align:center;font-style:italic;margin:0 0 8pt}"
        + "table{width:100%;border-collapse:collapse;table-layout:fixed}thead{display:table-header-group}tr{break-inside:avoid}"
        + "th,td{border:0.5pt solid #000;padding:2pt 3pt;vertical-align:top;text-align:left;overflow-wrap:anywhere}"
        + "th{font-weight:bold;text-align:center;background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        + "td.sign{min-width:22mm;height:10mm}tr.cancelled td{color:#555;font-style:italic}"
        + "td.level{color:#c00000;font-weight:bold}";

    public Task<byte[]> PrintAsync(PrintedBook book, CancellationToken cancellationToken) =>
        renderer.RenderAsync(new PdfRequest(Html(book))
        {
            Mark = book.Mark,
            FooterNote = book.FooterNote,
            Landscape = book.Columns.Count > PortraitColumns,
        }, cancellationToken);

    public Task<byte[]> PrintAsync(RegisterSheet sheet, string agency, string printedBy, CancellationToken cancellationToken) =>
        PrintAsync(new PrintedBook(agency, RegisterTitle.Of(sheet.Book.Kind), $"{sheet.Book.Name} (mã sổ {sheet.Book.Code})",
            $"Từ ngày {Day(sheet.From)} đến ngày {Day(sheet.To)}: {sheet.Rows.Count} dòng. {printedBy}",
            sheet.Book.Columns.Select(c => new PrintedColumn(RegisterColumnText.Of(c), Weight(c), Cell(c))).ToList(),
            sheet.Rows.Select(r => new PrintedRow(r.Cells, r.Cancelled, r.Level is SecrecyLevel.Mat or SecrecyLevel.ToiMat)).ToList(),
            LevelMark.Highest(sheet.Rows.Where(r => r.SubjectShown).Select(r => r.Level)), $"{sheet.Book.Name} — {printedBy}"), cancellationToken);

    private static PrintedCell Cell(RegisterColumn column) => column switch
    {
        RegisterColumn.ReceiptSignature => PrintedCell.Signature,
        RegisterColumn.Classification => PrintedCell.Level,
        _ => PrintedCell.Text,
    };

    private static double Weight(RegisterColumn column) => column switch
    {
        RegisterColumn.TypeAndSubject => 4.2,
        RegisterColumn.Issuer or RegisterColumn.Recipient or RegisterColumn.Notes => 2.0,
        RegisterColumn.NumberAndSymbol or RegisterColumn.Signer or RegisterColumn.HandedOverBy or RegisterColumn.ReceiptSignature => 1.7,
        RegisterColumn.ArrivalDate or RegisterColumn.DocumentDate or RegisterColumn.HandOverDate => 1.55,
        RegisterColumn.Classification => 1.35,
        RegisterColumn.CopyCount => 1.2,
        _ => 0.9,
    };

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Html(PrintedBook book)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(book.Subtitle)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<div class=\"head\"><div class=\"agency\">").Append(Encode(book.Agency)).Append("</div><div></div></div>")
            .Append("<h1>").Append(Encode(book.Title.ToUpperInvariant())).Append("</h1>")
            .Append("<p class=\"sub\">").Append(Encode(book.Subtitle)).Append("</p>")
            .Append("<p class=\"range\">").Append(Encode(book.Range)).Append("</p><table><colgroup>");
        // Fixed widths by what a column holds, so a long subject wraps inside the page instead of pushing the table past its margin.
        var total = book.Columns.Sum(c => c.Weight);
        foreach (var column in book.Columns)
            html.Append("<col style=\"width:").Append((100 * column.Weight / total).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\">");
        html.Append("</colgroup><thead><tr>");
        foreach (var column in book.Columns)
            html.Append("<th>").Append(Encode(column.Heading)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in book.Rows)
        {
            html.Append(row.Cancelled ? "<tr class=\"cancelled\">" : "<tr>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                html.Append(book.Columns[i].Cell switch
                {
                    PrintedCell.Signature => "<td class=\"sign\">",
                    PrintedCell.Level when row.Secret => "<td class=\"level\">",
                    _ => "<td>",
                }).Append(Encode(row.Cells[i])).Append("</td>");
            }
            html.Append("</tr>");
        }
        if (book.Rows.Count == 0)
            html.Append("<tr><td colspan=\"").Append(book.Columns.Count).Append("\">Không có dòng nào trong khoảng ngày này.</td></tr>");
        return html.Append("</tbody></table></body></html>").ToString();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
