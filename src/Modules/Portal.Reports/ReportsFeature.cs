namespace Portal.Reports;

/// <summary>Báo cáo thống kê: a tenant's own reports for its leaders.</summary>
public static class ReportsFeature
{
    public const string Id = "Portal.Reports";

    /// <summary>The audit trail's target for a report seen or printed.</summary>
    public const string Target = "report";
}
