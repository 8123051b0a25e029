namespace Portal.Core.Outbox;

/// <summary>
/// Adds a message to the tenant's outbox in the unit of work's transaction (joined, or its own), so it
/// exists exactly when the change it reports committed. Handlers run after the commit, at least once.
/// </summary>
public interface IOutbox
{
    /// <param name="payload">Serialised as JSON; ids and codes only (never a document's text), at most 4,000 characters.</param>
    Task AddAsync<T>(string topic, T payload, CancellationToken cancellationToken = default);
}
