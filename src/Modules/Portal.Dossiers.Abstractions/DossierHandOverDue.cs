namespace Portal.Dossiers;

/// <summary>
/// Raised through the outbox once, when a closed dossier comes within 30 days of its hand-over deadline: the dossier, the
/// deadline, the person responsible for it, and when (UTC), so they and the agency's archive clerks are told in time.
/// </summary>
public sealed record DossierHandOverDue(int DossierId, DateOnly Deadline, string ResponsibleUserId, DateTime AtUtc)
{
    public const string Topic = "dossier.hand-over-due";
}
