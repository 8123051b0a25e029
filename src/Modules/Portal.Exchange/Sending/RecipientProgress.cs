namespace Portal.Exchange.Sending;

/// <summary>One recipient of a sent document as the sender sees it: delivery state, and each status message with its time.</summary>
public sealed record RecipientProgress(string AgencyCode, string AgencyName, string State, DateTime SentUtc, DateTime? DeliveredUtc, string? LastError,
    IReadOnlyList<StatusView> Statuses);
