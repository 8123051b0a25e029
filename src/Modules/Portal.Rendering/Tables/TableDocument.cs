using System.Globalization;
using System.Net;
using System.Text;

namespace Portal.Rendering.Tables;

/// <summary>
/// An export as one HTML document for the PDF: title and note above a table whose headings row
/// Chromium repeats at the top of every page; rows are not split across pages. Every text is encoded.
/// </summary>
internal static class TableDocument
{
    private const string Style =
        "body{margin:0;font-family:'Liberation Serif',serif;font-size:11pt;color:#000}"
        + "h1{font-size:14pt;text-align:center;margin:0 0 4pt}p.note{text-align:center;font-style:italic;margin:0 0 10pt}"
        + "table{width:100%;border-collapse:collapse}thead{display:table-header-group}tr{break-inside:avoid}"
        + "th,td{border:0.5pt solid #000;padding:2pt 4pt;vertical-align:top;text-align:left;overflow-wrap:break-word}"
        + "th{font-weight:bold;background:#eee}";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task<string> BuildAsync(ExportTable table, int maxRows, CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(table.Title)).Append("</title><style>").Append(Style).Append("</style></head><body><h1>")
            .Append(Encode(table.Title)).Append("</h1>");
        if (!string.IsNullOrWhiteSpace(table.Note))
            html.Append("<p class=\"note\">").Append(Encode(table.Note)).Append("</p>");
        html.Append("<table><thead><tr>");
        foreach (var column in table.Columns)
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        var rows = 0;
        await foreach (var values in table.Rows.WithCancellation(cancellationToken))
        {
            if (++rows > maxRows)
                throw new PdfRenderException($"Bảng có hơn {maxRows.ToString("N0", Vietnamese)} dòng, quá dài để in ra PDF. "
                    + "Xin xuất ra XLSX, hoặc chọn khoảng thời gian ngắn hơn.");
            html.Append("<tr>");
            foreach (var value in values)
                html.Append("<td>").Append(Encode(value)).Append("</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></body></html>").ToString();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
