using System.Net;
using System.Text;
using Portal.Access;

namespace Portal.Templates.Services;

/// <summary>
/// The page around a template's cleaned output. The marks sit outside it: the copy number and the
/// protection period in the band above the header, classification and urgency under the number and
/// symbol (the header's fixed height keeps that band free), so no template can move or drop them.
/// The two stamps are separate words (a space between them), so text copied or read from the page is "MẬT KHẨN".
/// </summary>
internal static class DocumentPage
{
    public static string Body(string templateHtml, DocumentMarks marks)
    {
        var page = new StringBuilder("<div class=\"van-ban\"><div class=\"le-tren\">");
        page.Append("<span class=\"dau-thoi-han\">").Append(Text(marks.ProtectionPeriod is { } p ? $"Thời hạn bảo vệ: {p}" : null)).Append("</span>");
        page.Append("<span class=\"dau-ban-so\">").Append(Text(MarkText.Copy(marks.CopyNumber))).Append("</span></div>");
        page.Append("<div class=\"mau\"><div class=\"dau-do-mat-vung\">");
        if (marks.Declassified is { } stamp)
            page.Append("<span class=\"dau-do-mat dau-giai-mat\">").Append(Text(Declassification.Word)).Append("<br><small>").Append(Text(stamp.From))
                .Append("<br>").Append(Text(stamp.Decision)).Append("</small></span>");
        else
            page.Append("<span class=\"dau-do-mat\">").Append(Text(MarkText.Level(marks.Level))).Append("</span>");
        if (!string.IsNullOrWhiteSpace(marks.Urgency))
            page.Append(" <span class=\"dau-khan\">").Append(Text(marks.Urgency.ToUpperInvariant())).Append("</span>");
        page.Append("</div>").Append(templateHtml).Append("</div></div>");
        return page.ToString();
    }

    // The body's default 8 px margin is taken off: the renderer's page margins are the decree's, and the preview has none either.
    public static string Document(string body) =>
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Văn bản</title><style>body{margin:0}"
        + DocumentStyle.Css + "</style></head><body>" + body + "</body></html>";

    private static string Text(string? value) => WebUtility.HtmlEncode(value ?? "");
}
