namespace Portal.Secrets;

/// <summary>
/// Raised through the outbox once a document's protection period comes within the tenant's reminder window: its kind and id,
/// the last day of protection, and when (UTC), so its holders are reminded in time to extend it or let it end.
/// </summary>
public sealed record SecretPeriodEnding(string Kind, int DocumentId, DateOnly EndsOn, DateTime AtUtc)
{
    public const string Topic = "secret.period-ending";
}
