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
    public const string ExchangeSent = "exchange.sent";
    public const string ExchangePending = "exchange.pending";
    public const string ExchangeReceived = "exchange.received";
    /// <summary>Documents in the tenant's search index, and documents its modules hold: equal when the index is healthy.</summary>
    public const string IndexedDocuments = "search.indexed";
    public const string SearchableDocuments = "search.documents";

    public const string FirstDocument = "first-document";
    public const string FirstExchange = "first-exchange";
    public const string LastActivity = "last-activity";
}
