namespace Portal.Secrets;

/// <summary>
/// Raised through the outbox when the agency that issued a document has destroyed it: this agency's copy (kind and id),
/// that agency's name, the decision's number and day, and when (UTC), so the security officers decide on the copy.
/// </summary>
public sealed record SecretDestroyedAtSource(string Kind, int DocumentId, string AgencyName, string DecisionNumber, DateOnly DecidedOn, DateTime AtUtc)
{
    public const string Topic = "secret.destroyed-at-source";
}
