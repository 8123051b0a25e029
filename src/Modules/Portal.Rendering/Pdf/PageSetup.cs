using System.Net;
using Microsoft.Playwright;
using Portal.Access;

namespace Portal.Rendering.Pdf;

/// <summary>
/// A4 with the margins of Decree 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm), the mark (or a
/// declassified document's GIẢI MẬT stamp) at the top of every page and "Trang x/y" with the note at the foot.
/// Chromium fills the page numbers itself, without scripts; the header is the printer's, outside the document's HTML.
/// </summary>
internal static class PageSetup
{
    private const string Line = "width:100%;margin:0 15mm 0 30mm;font-family:'Liberation Serif',serif;"
        + "-webkit-print-color-adjust:exact;print-color-adjust:exact;";

    public static PagePdfOptions For(PdfRequest request) => new()
    {
        Format = "A4",
        Landscape = request.Landscape,
        PrintBackground = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = request.Declassified is { } stamp ? Header(stamp) : Header(request.Mark),
        FooterTemplate = Footer(request.FooterNote),
        Margin = new Margin { Top = "20mm", Bottom = "20mm", Left = "30mm", Right = "15mm" },
    };

    // An empty template would bring back Chromium's own header (date and title), hence the empty span.
    private static string Header(string? mark) => string.IsNullOrWhiteSpace(mark)
        ? "<span></span>"
        : $"<div style=\"{Line}text-align:center;font-size:12pt;font-weight:bold;color:#c00000\">"
          + $"<span style=\"border:1.5px solid #c00000;padding:1px 8px\">{WebUtility.HtmlEncode(mark)}</span></div>";

    private static string Header(Declassification stamp) =>
        $"<div style=\"{Line}text-align:center;font-size:9pt;color:#c00000\"><span style=\"display:inline-block;border:1.5px solid #c00000;padding:0 6px\">"
        + $"<b style=\"font-size:12pt\">{WebUtility.HtmlEncode(Declassification.Word)}</b><br>{WebUtility.HtmlEncode(stamp.From)} — "
        + $"{WebUtility.HtmlEncode(stamp.Decision)}</span></div>";

    private static string Footer(string? note) =>
        $"<div style=\"{Line}display:flex;justify-content:space-between;font-size:9pt;color:#000\">"
        + $"<span>{WebUtility.HtmlEncode(note ?? "")}</span>"
        + "<span>Trang <span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span></span></div>";
}
