namespace Portal.Exchange.Models;

/// <summary>
/// The sending agency's signed decision on an envelope this agency received, kept once (by sender and notice id, so a
/// retried message changes nothing) with the signed message itself; applied to the copy when it is registered.
/// </summary>
public sealed class ReceivedDecision
{
    public required string SenderCode { get; set; }
    public Guid NoticeId { get; set; }
    public Guid EnvelopeId { get; set; }
    /// <summary>The signed message as JSON, exactly as it arrived.</summary>
    public required string Message { get; set; }
    public DateTime ReceivedUtc { get; set; }
    /// <summary>When it was applied to the registered copy; null while the envelope waits to be registered.</summary>
    public DateTime? AppliedUtc { get; set; }
}
