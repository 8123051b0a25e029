namespace Portal.Oversight;

/// <summary>The headline figures the dashboard knows by name; a source sets those it owns.</summary>
public static class FigureKeys
{
    public const string Users = "users";
    public const string UsersWithTwoFactor = "users.2fa";
    public const string IncomingTotal = "incoming.total";
    public const string IncomingOverdue = "incoming.overdue";
    public const string IncomingMedianHours = "incoming.median-hours";
    public const string OutgoingTotal = "outgoing.total";
    public const string OutgoingIssued = "outgoing.issued";
    public const string StorageBytes = "storage.bytes";
    public const string OcrQueue = "ocr.queue";

    public const string FirstDocument = "first-document";
    public const string LastActivity = "last-activity";
}
