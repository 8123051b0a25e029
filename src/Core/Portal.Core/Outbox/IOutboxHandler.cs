namespace Portal.Core.Outbox;

/// <summary>
/// A module's reaction to one topic, resolved in a scope of its own after the commit. It may run more
/// than once for a message (a crash after handling, a retry), so it must be idempotent; throwing leaves
/// the message for a later attempt.
/// </summary>
public interface IOutboxHandler
{
    string Topic { get; }

    /// <summary>The feature the handler belongs to; in a tenant without it the handler is skipped.</summary>
    string FeatureId { get; }

    Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken);
}
