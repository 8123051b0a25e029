using System.Runtime.CompilerServices;
using Portal.Core.Tenancy;
using Portal.Rendering;

namespace Portal.Oversight.Board;

/// <summary>The dashboard as a table for the report to the Prime Minister: one row per agency, figures only.</summary>
public sealed class BoardExport(ITableExport export)
{
    private static readonly string[] Columns =
    [
        "STT", "Cơ quan", "Mã định danh", "Cấp", "Tình trạng triển khai", "Chậm tiến độ", "Người dùng", "Có xác thực hai lớp",
        "Văn bản đến", "Quá hạn", "Thời gian xử lý (giờ, trung vị)", "Văn bản đi", "Đã phát hành", "Dung lượng",
        "Hàng đợi OCR", "Chỉ mục tìm kiếm", "Văn bản điện tử đã gửi", "Chờ gửi", "Văn bản điện tử đã nhận", "Văn bản đầu tiên",
        "Trao đổi điện tử đầu tiên", "Hoạt động gần nhất", "Số liệu lúc",
    ];

    public Task WriteAsync(BoardView view, TableFormat format, string who, Stream output, CancellationToken cancellationToken) =>
        export.WriteAsync(new ExportTable("Báo cáo tình hình triển khai hệ thống quản lý văn bản mật", Columns, Rows(view.Agencies))
        {
            Note = $"Xuất bởi {who} lúc {BoardText.Time(DateTime.UtcNow)}; {view.Agencies.Count} cơ quan.",
        }, format, output, cancellationToken);

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Rows(IReadOnlyList<AgencyStanding> agencies,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var n = 0;
        foreach (var a in agencies)
        {
            var s = a.Shown;
            yield return
            [
                (++n).ToString(), a.Tenant.DisplayName, a.Tenant.AgencyCode, AgencyLevelText.Of(a.Tenant.Level), RolloutStageText.Of(a.Stage), a.Behind ?? "",
                BoardText.Figure(s, FigureKeys.Users), BoardText.Figure(s, FigureKeys.UsersWithTwoFactor),
                BoardText.Figure(s, FigureKeys.IncomingTotal), BoardText.Figure(s, FigureKeys.IncomingOverdue),
                BoardText.Figure(s, FigureKeys.IncomingMedianHours), BoardText.Figure(s, FigureKeys.OutgoingTotal),
                BoardText.Figure(s, FigureKeys.OutgoingIssued), BoardText.Megabytes(s?.Count(FigureKeys.StorageBytes)),
                BoardText.Figure(s, FigureKeys.OcrQueue), BoardText.Index(s), BoardText.Figure(s, FigureKeys.ExchangeSent),
                BoardText.Figure(s, FigureKeys.ExchangePending), BoardText.Figure(s, FigureKeys.ExchangeReceived),
                BoardText.Time(s?.Time(FigureKeys.FirstDocument)), BoardText.Time(s?.Time(FigureKeys.FirstExchange)),
                BoardText.Time(s?.Time(FigureKeys.LastActivity)), BoardText.Time(a.Figures?.ComputedUtc),
            ];
        }
        await Task.CompletedTask;
    }
}
