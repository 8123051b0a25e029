using Portal.Core.Outbox;

namespace Portal.Oversight.Publishing;

/// <summary>Asks for the tenant's figures to be published, through its durable outbox: a crash before delivery replays it.</summary>
internal sealed class FiguresPublishing(IOutbox outbox, TimeProvider clock)
{
    public Task AskAsync(string reason, CancellationToken cancellationToken) =>
        outbox.AddAsync(OversightTopics.Publish, new PublishRequest(reason, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
