namespace Portal.Core.Outbox;

/// <summary>
/// Makes durable, once for a whole batch, what a module's handlers wrote and left uncommitted (one index
/// commit for many documents instead of one each). It runs after the batch's handlers and before its
/// messages are deleted, so a crash in between leaves the messages to run again.
/// </summary>
public interface IOutboxFlush
{
    /// <summary>The feature the flush belongs to; in a tenant without it the flush is skipped.</summary>
    string FeatureId { get; }

    Task FlushAsync(CancellationToken cancellationToken);
}
