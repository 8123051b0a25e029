namespace Portal.Reports.Services;

/// <summary>What the audit trail records of reports: each reading and each print, with the period.</summary>
public static class ReportAudit
{
    public const string Viewed = "report.viewed";
    public const string Printed = "report.printed";
}
