using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Portal.Access;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Rendering;

namespace Portal.Reports.Services;

/// <summary>
/// The periodic report printed through the renderer. When it lists documents, every page carries the highest
/// classification among them; a report of counts alone carries none.
/// </summary>
public sealed class ReportPrint(IPdfRenderer renderer, ITenantAccessor tenants, TimeProvider clock)
{
    public Task<byte[]> PdfAsync(LeaderReport report, ClaimsPrincipal printer, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        html.Append("<p class=\"co-quan\">").Append(Text(tenants.Current!.Record.DisplayName.ToUpperInvariant())).Append("</p>")
            .Append("<h1>BÁO CÁO TÌNH HÌNH XỬ LÝ VĂN BẢN ĐẾN</h1><p class=\"ky\">Kỳ báo cáo ").Append(report.Period)
            .Append("; số liệu quá hạn tính đến ngày ").Append(ReportPeriod.Day(report.Today)).Append(" theo ngày làm việc.</p>");

        ByState(html, "1. Văn bản đến trong kỳ theo trạng thái", report.ByState);
        Groups(html, "2. Văn bản quá hạn theo đơn vị", "Đơn vị", report.OverdueByUnit);
        Groups(html, "3. Văn bản quá hạn theo người đang xử lý", "Người đang xử lý", report.OverdueByPerson);

        html.Append("<h2>4. Danh sách văn bản quá hạn</h2>");
        if (report.Overdue.Count == 0)
            html.Append("<p>Không có văn bản quá hạn.</p>");
        else
        {
            html.Append("<table><thead><tr><th>STT</th><th>Số, ký hiệu</th><th>Cơ quan gửi</th><th>Trích yếu</th><th>Độ mật</th><th>Hạn xử lý</th>")
                .Append("<th>Người đang xử lý</th><th>Số ngày làm việc quá hạn</th></tr></thead><tbody>");
            var ordinal = 0;
            foreach (var d in report.Overdue)
                html.Append("<tr><td>").Append(++ordinal).Append("</td><td>").Append(Text(d.NumberSymbol)).Append("</td><td>").Append(Text(d.Sender))
                    .Append("</td><td>").Append(Text(ReportText.Subject(d.Subject))).Append("</td><td>").Append(ClassificationMark.Of(d.Level))
                    .Append("</td><td>").Append(ReportPeriod.Day(d.Deadline)).Append("</td><td>").Append(Text(d.HolderName)).Append("</td><td>")
                    .Append(d.WorkingDaysLate).Append("</td></tr>");
            html.Append("</tbody></table>");
        }

        html.Append("<h2>5. Thời gian xử lý văn bản đã xử lý xong trong kỳ (ngày làm việc)</h2><table><thead><tr><th>Đơn vị chủ trì</th>")
            .Append("<th>Số văn bản</th><th>Trung vị</th><th>Trung bình</th><th>Xử lý sau hạn</th></tr></thead><tbody>");
        foreach (var h in report.Handling.Append(report.HandlingTotal))
            html.Append("<tr><td>").Append(Text(h.Unit)).Append("</td><td>").Append(h.Count).Append("</td><td>").Append(ReportText.Days(h.MedianDays))
                .Append("</td><td>").Append(ReportText.Days(h.AverageDays)).Append("</td><td>").Append(h.Late).Append("</td></tr>");
        html.Append("</tbody></table>");
        if (report.OutgoingByState is { } outgoing)
            ByState(html, "6. Văn bản đi soạn trong kỳ theo trạng thái", outgoing);
        return RenderAsync(html, report, printer, cancellationToken);
    }

    private static void ByState(StringBuilder html, string title, IReadOnlyList<StateRow> rows)
    {
        html.Append("<h2>").Append(Text(title)).Append("</h2><table><thead><tr><th>Trạng thái</th><th>Mật</th><th>Tối mật</th>")
            .Append("<th>Đã giải mật</th><th>Cộng</th></tr></thead><tbody>");
        foreach (var s in rows)
            html.Append("<tr><td>").Append(Text(s.State)).Append("</td><td>").Append(s.Mat).Append("</td><td>").Append(s.ToiMat)
                .Append("</td><td>").Append(s.Declassified).Append("</td><td>").Append(s.Total).Append("</td></tr>");
        html.Append("<tr><td><b>Tổng số</b></td><td>").Append(rows.Sum(s => s.Mat)).Append("</td><td>").Append(rows.Sum(s => s.ToiMat))
            .Append("</td><td>").Append(rows.Sum(s => s.Declassified)).Append("</td><td><b>").Append(rows.Sum(s => s.Total))
            .Append("</b></td></tr></tbody></table>");
    }

    private static void Groups(StringBuilder html, string title, string column, IReadOnlyList<OverdueGroup> groups)
    {
        html.Append("<h2>").Append(title).Append("</h2><table><thead><tr><th>").Append(column)
            .Append("</th><th>Số văn bản quá hạn</th><th>Quá hạn lâu nhất (ngày làm việc)</th></tr></thead><tbody>");
        foreach (var g in groups)
            html.Append("<tr><td>").Append(Text(g.Name)).Append("</td><td>").Append(g.Count).Append("</td><td>").Append(g.MostDaysLate).Append("</td></tr>");
        if (groups.Count == 0)
            html.Append("<tr><td colspan=\"3\">Không có văn bản quá hạn.</td></tr>");
        html.Append("</tbody></table>");
    }

    private Task<byte[]> RenderAsync(StringBuilder body, LeaderReport report, ClaimsPrincipal printer, CancellationToken cancellationToken)
    {
        var name = printer.FindFirstValue(PortalClaims.FullName) ?? printer.FindFirstValue(PortalClaims.UserName) ?? "";
        return renderer.RenderAsync(new PrintedPage(body.ToString(), name, clock.GetUtcNow())
        {
            Mark = report.HighestListed is { } level ? ClassificationMark.Of(level) : null,
            Landscape = true,
        }.Request(), cancellationToken);
    }

    private static string Text(string value) => HtmlEncoder.Default.Encode(value);
}
