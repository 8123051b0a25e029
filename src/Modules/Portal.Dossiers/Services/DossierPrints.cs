using System.Text;
using System.Text.Encodings.Web;
using Portal.Core.Tenancy;
using Portal.Dossiers.Models;
using Portal.Rendering;

namespace Portal.Dossiers.Services;

/// <summary>
/// The dossier's prints through the renderer: its list of contents (mục lục văn bản) in date order, the whole dossier
/// with its documents' pages, and the hand-over record (biên bản giao nhận) for the agency archive. Each carries the dossier's mark on every page;
/// the caller has checked access and writes the audit entry.
/// </summary>
public sealed class DossierPrints(IPdfRenderer renderer, ITenantAccessor tenants, TimeProvider clock)
{
    public Task<byte[]> ContentsAsync(Dossier dossier, IReadOnlyList<FiledDocument> contents, Person printer, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        Heading(html, "MỤC LỤC VĂN BẢN", dossier);
        ContentsTable(html, contents);
        return RenderAsync(html, dossier, printer, cancellationToken);
    }

    /// <summary>
    /// The whole dossier (<see cref="DossierBook"/>): a cover, the list of contents from a new page, then each page of each
    /// document on a page of its own, headed by which document and page it is; the dossier's mark is the printer's header on every page.
    /// </summary>
    public Task<byte[]> BookAsync(Dossier dossier, IReadOnlyList<BookDocument> book, Person printer, CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<style>").Append(BookStyle).Append("</style>");
        Heading(html, "HỒ SƠ", dossier);
        html.Append("<table class=\"bia\"><tbody><tr><th>Thời gian</th><td>").Append(DossierText.Date(dossier.OpenedOn)).Append(" – ")
            .Append(DossierText.Date(dossier.ClosedOn)).Append("</td></tr><tr><th>Thời hạn bảo quản</th><td>").Append(DossierText.Retention(dossier.RetentionYears))
            .Append("</td></tr><tr><th>Người lập hồ sơ</th><td>").Append(Text(dossier.ResponsibleName)).Append("</td></tr><tr><th>Đơn vị</th><td>")
            .Append(Text(dossier.UnitCode)).Append("</td></tr><tr><th>Gồm</th><td>").Append(book.Count).Append(" văn bản")
            .Append("</td></tr><tr><th>Độ mật</th><td>").Append(DossierText.Mark(dossier.Level)).Append("</td></tr></tbody></table>");
        html.Append("<section class=\"sang-trang\"><h2>MỤC LỤC VĂN BẢN</h2>");
        ContentsTable(html, book.Select(b => b.Document).ToList());
        html.Append("</section>");
        for (var i = 0; i < book.Count; i++)
        {
            var (document, pages) = (book[i].Document, book[i].Pages);
            for (var j = 0; j < pages.Count; j++)
            {
                html.Append("<section class=\"trang\"><p class=\"nhan\">").Append(Text($"Văn bản {i + 1}/{book.Count}: số {document.NumberSymbol}, "
                    + $"ngày {DossierText.Date(document.Date)} — trang {j + 1}/{pages.Count}")).Append("</p><div class=\"anh\">");
                if (pages[j].Image is { } image)
                    html.Append("<img alt=\"\" src=\"data:").Append(image.MediaType).Append(";base64,").Append(Convert.ToBase64String(image.Content)).Append("\">");
                else
                    html.Append("<p>").Append(Text(pages[j].Note ?? "")).Append("</p>");
                html.Append("</div></section>");
            }
        }
        return RenderAsync(html, dossier, printer, cancellationToken);
    }

    // Each page section fits the decree's A4 text area (257 mm high), so one image is one page.
    private const string BookStyle = ".sang-trang,.trang{break-before:page}.trang{height:245mm;display:flex;flex-direction:column}"
                                     + ".nhan{margin:0 0 2mm;font-size:11pt;font-style:italic}.anh{flex:1;min-height:0;display:flex;align-items:center;"
                                     + "justify-content:center}.anh img{max-width:100%;max-height:100%;object-fit:contain}table.bia{margin-top:10mm}"
                                     + "table.bia th{text-align:left;width:35%}";

    private static void ContentsTable(StringBuilder html, IReadOnlyList<FiledDocument> contents)
    {
        html.Append("<table><thead><tr><th>STT</th><th>Số, ký hiệu</th><th>Ngày tháng</th><th>Tác giả</th><th>Tên loại và trích yếu nội dung</th>")
            .Append("<th>Độ mật</th><th>Số tờ</th></tr></thead><tbody>");
        var ordinal = 0;
        foreach (var d in contents)
            html.Append("<tr><td>").Append(++ordinal).Append("</td><td>").Append(Text(d.NumberSymbol)).Append("</td><td>")
                .Append(DossierText.Date(d.Date)).Append("</td><td>").Append(Text(d.Issuer)).Append("</td><td>")
                .Append(Text($"{d.TypeName}: {d.Subject}")).Append("</td><td>").Append(DossierText.Mark(d.Level)).Append("</td><td>")
                .Append(d.PageCount).Append("</td></tr>");
        html.Append("</tbody></table>");
        html.Append("<p>Tổng số: ").Append(contents.Count).Append(" văn bản, ").Append(contents.Sum(d => d.PageCount)).Append(" tờ.</p>");
    }

    /// <summary>The record's totals come from the contents the printer may see, never the dossier's stored totals.</summary>
    public Task<byte[]> HandOverAsync(Dossier dossier, IReadOnlyList<FiledDocument> contents, Person printer, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        Heading(html, "BIÊN BẢN GIAO NHẬN TÀI LIỆU", dossier);
        html.Append("<p>Hôm nay, ngày ").Append(DossierText.Date(dossier.HandedOverOn)).Append(", tại ").Append(Text(Agency()))
            .Append(", bên giao là ").Append(Text(dossier.HandedOverBy)).Append(" (người lập hồ sơ: ").Append(Text(dossier.ResponsibleName))
            .Append(", đơn vị ").Append(Text(dossier.UnitCode)).Append("), bên nhận là ").Append(Text(dossier.ArchivistName))
            .Append(" (Lưu trữ cơ quan) giao nhận tài liệu sau:</p>");
        html.Append("<table><thead><tr><th>Số và ký hiệu hồ sơ</th><th>Tiêu đề hồ sơ</th><th>Thời gian</th><th>Thời hạn bảo quản</th>")
            .Append("<th>Số văn bản</th><th>Số tờ</th><th>Độ mật</th></tr></thead><tbody><tr><td>").Append(Text(dossier.Code)).Append("</td><td>")
            .Append(Text(dossier.Title)).Append("</td><td>").Append(DossierText.Date(dossier.OpenedOn)).Append(" – ")
            .Append(DossierText.Date(dossier.ClosedOn)).Append("</td><td>").Append(DossierText.Retention(dossier.RetentionYears)).Append("</td><td>")
            .Append(contents.Count).Append("</td><td>").Append(contents.Sum(d => d.PageCount)).Append("</td><td>").Append(DossierText.Mark(dossier.Level))
            .Append("</td></tr></tbody></table>");
        html.Append("<p>Biên bản này được lập thành hai bản; bên giao giữ một bản, bên nhận giữ một bản.</p>")
            .Append("<table class=\"ky\"><tr><td><b>BÊN GIAO</b><br><i>(Ký, ghi rõ họ tên)</i><br><br><br>").Append(Text(dossier.HandedOverBy))
            .Append("</td><td><b>BÊN NHẬN</b><br><i>(Ký, ghi rõ họ tên)</i><br><br><br>").Append(Text(dossier.ArchivistName)).Append("</td></tr></table>");
        return RenderAsync(html, dossier, printer, cancellationToken);
    }

    private void Heading(StringBuilder html, string title, Dossier dossier) =>
        html.Append("<p class=\"co-quan\">").Append(Text(Agency().ToUpperInvariant())).Append("</p><h1>").Append(title).Append("</h1><p class=\"ho-so\">Hồ sơ số ")
            .Append(Text(dossier.Code)).Append(": ").Append(Text(dossier.Title)).Append(" (năm ").Append(dossier.Year).Append(")</p>");

    private Task<byte[]> RenderAsync(StringBuilder body, Dossier dossier, Person printer, CancellationToken cancellationToken) =>
        renderer.RenderAsync(new PrintedPage(body.ToString(), printer.FullName, clock.GetUtcNow()) { Mark = DossierText.Mark(dossier.Level) }.Request(),
            cancellationToken);

    private string Agency() => tenants.Current!.Record.DisplayName;

    private static string Text(string value) => HtmlEncoder.Default.Encode(value);
}
