using System.Text.Json;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.Core.Outbox;

/// <summary>
/// Writes messages with the unit of work's change and asks the dispatcher to run once the transaction
/// has committed (never when it rolls back).
/// </summary>
internal sealed class TenantOutbox(OutboxDb db, ITenantUnitOfWork unitOfWork, ITenantAccessor tenants, OutboxDispatcher dispatcher) : IOutbox
{
    public Task AddAsync<T>(string topic, T payload, CancellationToken cancellationToken = default) =>
        AddAsync(topic, payload, waitForHandlers: true, cancellationToken);

    public Task AddDetachedAsync<T>(string topic, T payload, CancellationToken cancellationToken = default) =>
        AddAsync(topic, payload, waitForHandlers: false, cancellationToken);

    private Task AddAsync<T>(string topic, T payload, bool waitForHandlers, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(payload, OutboxJson.Options);
        if (json.Length > OutboxLimits.PayloadLength)
            throw new ArgumentException($"An outbox payload holds ids, not content: {json.Length} characters for '{topic}'.", nameof(payload));
        var tenant = tenants.Required;
        return unitOfWork.InTransactionAsync(async () =>
        {
            var now = StoredTime.UtcNow;
            var message = db.Messages.Add(new OutboxMessage { Topic = topic, Payload = json, CreatedUtc = now, NextAttemptUtc = now });
            await db.SaveChangesAsync(cancellationToken);
            message.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            // A dispatch per message: the first runs them all, the others find nothing due (one query each).
            // Providers reuse transaction objects, so "once per transaction" cannot be told apart reliably.
            // Detached, the dispatch runs on its own (it logs its failures; the sweep retries what it leaves).
            unitOfWork.AfterCommit(waitForHandlers
                ? () => dispatcher.DispatchAsync(tenant, CancellationToken.None)
                : () =>
                {
                    _ = Task.Run(() => dispatcher.DispatchAsync(tenant, CancellationToken.None));
                    return Task.CompletedTask;
                });
        }, cancellationToken);
    }
}
