namespace Portal.Exchange.Sending;

/// <summary>
/// One recipient of a sent document as the sender sees it: delivery state, each status message with its time,
/// the latest of them (what the recipient last reported), and the decisions on the secret it was told of.
/// </summary>
public sealed record RecipientProgress(string AgencyCode, string AgencyName, string State, DateTime SentUtc, DateTime? DeliveredUtc, string? LastError,
    IReadOnlyList<StatusView> Statuses, IReadOnlyList<DecisionView> Decisions)
{
    public StatusView? Latest => Statuses.Count == 0 ? null : Statuses[^1];
}
