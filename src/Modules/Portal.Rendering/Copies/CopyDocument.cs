using System.Globalization;
using System.Net;
using System.Text;
using Portal.Access;

namespace Portal.Rendering.Copies;

/// <summary>
/// A viewed copy as one HTML document: each page image (a data: URI, decoded by Chromium alone) fills a
/// page of A4, with the classification box (or the GIẢI MẬT stamp) and "Bản số N" at its top, the viewer and the time at its foot,
/// and the viewer's name across it, so no page of the copy can be cut away from its marks.
/// </summary>
internal static class CopyDocument
{
    private const string Style =
        "@page{size:A4}html,body{margin:0;padding:0}body{font-family:'Liberation Serif',serif;color:#000}"
        + ".page{position:relative;height:252mm;overflow:hidden;break-after:page;display:flex;flex-direction:column}"
        + ".page:last-child{break-after:auto}"
        + ".top{display:flex;justify-content:space-between;align-items:center;height:9mm;font-size:11pt}"
        + ".mark{border:1.5px solid #c00000;color:#c00000;font-weight:bold;padding:1px 8px;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        + ".urgency{color:#c00000;font-weight:bold;margin-left:6pt}"
        + ".number{font-weight:bold;border:1px solid #000;padding:1px 6px}"
        + ".image{flex:1;min-height:0;display:flex;align-items:center;justify-content:center;border:0.5pt solid #999}"
        + ".image img{max-width:100%;max-height:100%;object-fit:contain}"
        + ".foot{height:7mm;font-size:9pt;display:flex;justify-content:space-between;align-items:flex-end}"
        + ".across{position:absolute;left:-20mm;right:-20mm;top:45%;text-align:center;transform:rotate(-32deg);font-size:26pt;"
        + "color:rgba(192,0,0,0.22);font-weight:bold;white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        + ".more{font-size:10pt;font-style:italic;text-align:center;margin-top:4mm}";

    public static string Build(CopyPages pages, CopyMarks marks)
    {
        var number = $"Bản số {marks.CopyNumber.ToString(CultureInfo.InvariantCulture)}";
        var viewed = $"Bản xem của {marks.ViewerName} lúc {Local(marks.AtUtc)}";
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(marks.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        for (var i = 0; i < pages.Pages.Count; i++)
        {
            var page = pages.Pages[i];
            html.Append("<section class=\"page\"><div class=\"top\"><span>");
            if (marks.Declassified is { } stamp)
                html.Append("<span class=\"mark\">").Append(Encode(Declassification.Word)).Append("</span> <span class=\"urgency\">")
                    .Append(Encode($"{stamp.From} — {stamp.Decision}")).Append("</span>");
            else if (!string.IsNullOrWhiteSpace(marks.Classification))
                html.Append("<span class=\"mark\">").Append(Encode(marks.Classification)).Append("</span>");
            if (!string.IsNullOrWhiteSpace(marks.Urgency))
                html.Append("<span class=\"urgency\">").Append(Encode(marks.Urgency)).Append("</span>");
            html.Append("</span><span class=\"number\">").Append(Encode(number)).Append("</span></div>")
                .Append("<div class=\"image\"><img alt=\"Trang ").Append(i + 1).Append("\" src=\"data:").Append(page.MediaType).Append(";base64,")
                .Append(Convert.ToBase64String(page.Content)).Append("\"></div>")
                .Append("<div class=\"foot\"><span>").Append(Encode(viewed)).Append("</span><span>")
                .Append(Encode(marks.Title)).Append("</span></div>")
                .Append("<div class=\"across\">").Append(Encode($"{marks.ViewerName} · {number}")).Append("</div>");
            if (pages.Truncated && i == pages.Pages.Count - 1)
                html.Append("<p class=\"more\">Bản xem chỉ gồm ").Append(pages.Pages.Count)
                    .Append(" trang đầu; xin tải về bản sao có số để xem toàn bộ.</p>");
            html.Append("</section>");
        }
        return html.Append("</body></html>").ToString();
    }

    public static string Local(DateTime utc) =>
        (DateTime.SpecifyKind(utc, DateTimeKind.Utc) + TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
