using System.Text;
using System.Text.Encodings.Web;
using Portal.Core.Tenancy;
using Portal.Dossiers.Models;
using Portal.Rendering;

namespace Portal.Dossiers.Services;

/// <summary>
/// The dossier's prints through the renderer: its list of contents (mục lục văn bản) in date order, and the
/// hand-over record (biên bản giao nhận) for the agency archive. Each carries the dossier's mark on every page;
/// the caller has checked access and writes the audit entry.
/// </summary>
public sealed class DossierPrints(IPdfRenderer renderer, ITenantAccessor tenants, TimeProvider clock)
{
    public Task<byte[]> ContentsAsync(Dossier dossier, IReadOnlyList<FiledDocument> contents, Person printer, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        Heading(html, "MỤC LỤC VĂN BẢN", dossier);
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
        return RenderAsync(html, dossier, printer, cancellationToken);
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
