namespace Portal.Outgoing;

/// <summary>What another module may show of an outgoing document at any stage (a notice's text), read by id.</summary>
public interface IOutgoingFacts
{
    /// <summary>The document's number (empty before issue) and subject, or null when there is none. No access check: the caller checks first.</summary>
    Task<OutgoingFacts?> FindAsync(int id, CancellationToken cancellationToken);
}
