using System.Text.Json;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.Core.Outbox;

/// <summary>
/// Writes messages with the unit of work's change; the first message of a unit asks the dispatcher to
/// run once the transaction has committed (never when it rolls back).
/// </summary>
internal sealed class TenantOutbox(OutboxDb db, ITenantUnitOfWork unitOfWork, ITenantAccessor tenants, OutboxDispatcher dispatcher) : IOutbox
{
    private System.Data.Common.DbTransaction? _queuedFor;

    public Task AddAsync<T>(string topic, T payload, CancellationToken cancellationToken = default)
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
            // One dispatch per transaction, however many messages it adds.
            if (ReferenceEquals(_queuedFor, unitOfWork.Transaction))
                return;
            _queuedFor = unitOfWork.Transaction;
            unitOfWork.AfterCommit(() => dispatcher.DispatchAsync(tenant, CancellationToken.None));
        }, cancellationToken);
    }
}
