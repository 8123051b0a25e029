namespace Portal.Core.Outbox;

/// <summary>
/// A side effect still to run after its change committed (a row of the tenant's outbox). A handled
/// message is deleted; one that kept failing stays, marked failed, with its last error.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Topic { get; set; }
    /// <summary>Small JSON: ids and codes, never a document's text.</summary>
    public required string Payload { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? FailedUtc { get; set; }
    public string LastError { get; set; } = "";
}
