using System.Globalization;
using System.Net;
using System.Text;
using Portal.Access;
using Portal.Registers;

namespace Portal.Incoming.Services;

/// <summary>
/// A register printed for a range of days, as one HTML document for the renderer: the agency and the
/// book's official title at the head, the range and the count under it, then the book's configured
/// columns (headings repeated on every page, rows never split). Every text is encoded.
/// </summary>
internal static class RegisterPrintDocument
{
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

    public static string Title(RegisterKind kind) => kind == RegisterKind.HandOver
        ? "Sổ chuyển giao bí mật nhà nước"
        : "Sổ đăng ký bí mật nhà nước đến";

    public static string Build(RegisterSheet sheet, string agency, string printedBy)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(sheet.Book.Name)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<div class=\"head\"><div class=\"agency\">").Append(Encode(agency)).Append("</div><div></div></div>")
            .Append("<h1>").Append(Encode(Title(sheet.Book.Kind).ToUpperInvariant())).Append("</h1>")
            .Append("<p class=\"sub\">").Append(Encode($"{sheet.Book.Name} (mã sổ {sheet.Book.Code})")).Append("</p>")
            .Append("<p class=\"range\">").Append(Encode(
                $"Từ ngày {VietnamClock.Format(sheet.From)} đến ngày {VietnamClock.Format(sheet.To)}: {sheet.Rows.Count} dòng. {printedBy}"))
            .Append("</p><table><colgroup>");
        // Fixed widths by what a column holds, so a long subject wraps inside the page instead of pushing the table past its margin.
        var total = sheet.Book.Columns.Sum(Weight);
        foreach (var column in sheet.Book.Columns)
            html.Append("<col style=\"width:").Append((100 * Weight(column) / total).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\">");
        html.Append("</colgroup><thead><tr>");
        foreach (var column in sheet.Book.Columns)
            html.Append("<th>").Append(Encode(RegisterColumnText.Of(column))).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in sheet.Rows)
        {
            html.Append(row.Cancelled ? "<tr class=\"cancelled\">" : "<tr>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var column = sheet.Book.Columns[i];
                html.Append(column switch
                {
                    RegisterColumn.ReceiptSignature => "<td class=\"sign\">",
                    RegisterColumn.Classification when row.Level is SecrecyLevel.Mat or SecrecyLevel.ToiMat => "<td class=\"level\">",
                    _ => "<td>",
                }).Append(Encode(row.Cells[i])).Append("</td>");
            }
            html.Append("</tr>");
        }
        if (sheet.Rows.Count == 0)
            html.Append("<tr><td colspan=\"").Append(sheet.Book.Columns.Count).Append("\">Không có dòng nào trong khoảng ngày này.</td></tr>");
        return html.Append("</tbody></table></body></html>").ToString();
    }

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

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
