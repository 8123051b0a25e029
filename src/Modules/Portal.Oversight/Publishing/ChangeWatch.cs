using Portal.Core.Outbox;
using Portal.Core.Tenancy;

namespace Portal.Oversight.Publishing;

/// <summary>
/// Notes that the tenant's documents changed; the scheduler publishes once the changes settle. A handler may
/// not add to the outbox itself (it would wait on the dispatch it runs in), hence the note on the tenant's context.
/// </summary>
internal sealed class ChangeWatch(ITenantAccessor tenants, TimeProvider clock) : IOutboxHandler
{
    public Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        tenants.Required.GetOrAdd(() => new PublishSchedule()).Changed(clock.GetUtcNow().UtcDateTime);
        return Task.CompletedTask;
    }
}
