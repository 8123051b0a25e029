namespace Portal.Core.Outbox;

/// <summary>
/// A module's reaction to one topic, resolved in a scope of its own after the commit, and only for a message of its
/// route (<see cref="OutboxRoute"/>) in a tenant with its feature. It may run more than once for a message (a crash
/// after handling, a retry), so it must be idempotent; throwing leaves the message for a later attempt.
/// </summary>
public interface IOutboxHandler
{
    Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken);
}
