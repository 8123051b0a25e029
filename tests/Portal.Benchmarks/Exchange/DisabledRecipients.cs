namespace Portal.Benchmarks.Exchange;

/// <summary>
/// The disabled recipients while the others were done, as the sender saw them (its clerk's progress view) and as its
/// outbox held them; then how long after they were enabled again their envelopes were delivered and acknowledged.
/// </summary>
public sealed record DisabledRecipients(
    int Count,
    int PendingShown,
    string? StateShown,
    string? LastErrorShown,
    int OutboxMessages,
    int MinAttempts,
    int MaxAttempts,
    int GivenUp,
    double? EnabledAtSeconds,
    double? DeliveredAfterEnableSeconds,
    double? AcknowledgedAfterEnableSeconds);
