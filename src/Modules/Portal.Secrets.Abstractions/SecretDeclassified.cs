namespace Portal.Secrets;

/// <summary>
/// Raised through the outbox when a document is declassified, by a decision or at the end of its period: its kind and id,
/// the day, and when (UTC), so the holders are told at once (DOMAIN.md §2.10).
/// </summary>
public sealed record SecretDeclassified(string Kind, int DocumentId, DateOnly On, DateTime AtUtc)
{
    public const string Topic = "secret.declassified";
}
