namespace Portal.Secrets.Services;

/// <summary>The audit codes of the register (target: the document's kind and id) and their Vietnamese names.</summary>
public static class SecretAuditActions
{
    public const string Entered = "secret.entered";
    public const string Extended = "secret.extended";
    public const string Downgraded = "secret.downgraded";
    public const string Declassified = "secret.declassified";
    public const string Destroyed = "secret.destroyed";
    public const string Refused = "secret.decision-refused";
    public const string RegisterViewed = "secret.register-viewed";
    public const string PeriodEnding = "secret.period-ending";
    public const string Expired = "secret.expired";
    public const string SourceDecision = "secret.source-decision";
    public const string StatisticsViewed = "secret.statistics-viewed";
    public const string StatisticsExported = "secret.statistics-exported";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Entered] = "Vào sổ quản lý bí mật nhà nước",
        [Extended] = "Gia hạn thời hạn bảo vệ bí mật nhà nước",
        [Downgraded] = "Giảm độ mật",
        [Declassified] = "Giải mật",
        [Destroyed] = "Tiêu hủy tài liệu bí mật nhà nước",
        [Refused] = "Từ chối quyết định về bí mật nhà nước",
        [RegisterViewed] = "Xem sổ quản lý bí mật nhà nước",
        [PeriodEnding] = "Nhắc sắp hết thời hạn bảo vệ bí mật nhà nước",
        [Expired] = "Tự động giải mật khi hết thời hạn bảo vệ",
        [SourceDecision] = "Nhận quyết định của cơ quan ban hành về văn bản mình giữ",
        [StatisticsViewed] = "Xem thống kê bí mật nhà nước",
        [StatisticsExported] = "Xuất thống kê bí mật nhà nước",
    };
}
