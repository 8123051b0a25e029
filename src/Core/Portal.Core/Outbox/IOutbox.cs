namespace Portal.Core.Outbox;

/// <summary>
/// Adds a message to the tenant's outbox in the unit of work's transaction (joined, or its own), so it
/// exists exactly when the change it reports committed. Handlers run after the commit, at least once.
/// </summary>
public interface IOutbox
{
    /// <param name="payload">Serialised as JSON; ids and codes only (never a document's text), at most 4,000 characters.</param>
    Task AddAsync<T>(string topic, T payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="AddAsync{T}(string, T, CancellationToken)"/>, but the commit does not wait for the handlers: they start
    /// after it on their own. For a change made by a request that a dispatch of the same tenant is itself waiting on (an
    /// exchange status posted back while the sender's delivery is still running), which would otherwise wait for that
    /// dispatch's gate and never end.
    /// </summary>
    Task AddDetachedAsync<T>(string topic, T payload, CancellationToken cancellationToken = default);
}
