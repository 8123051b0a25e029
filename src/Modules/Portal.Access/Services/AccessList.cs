using Microsoft.EntityFrameworkCore;
using Portal.Access.Models;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Outbox;

namespace Portal.Access.Services;

internal sealed class AccessList(AccessDb db, ITenantUnitOfWork unitOfWork, IAuditTrail audit, AccessAlerts alerts, IOutbox outbox) : IAccessList
{
    public Task AddAsync(AccessEntrySpec entry, CancellationToken cancellationToken = default)
    {
        if (entry.Position == AccessPosition.Grant && (string.IsNullOrWhiteSpace(entry.Reason) || string.IsNullOrWhiteSpace(entry.GrantedBy)))
            throw new RequestRefusedException("Cấp quyền tiếp cận phải ghi rõ lý do và người cấp.");
        return unitOfWork.InTransactionAsync(async () =>
        {
            var exists = await Query(entry.Resource).AnyAsync(e => e.UserId == entry.UserId && e.Position == entry.Position, cancellationToken);
            if (exists)
                return;
            db.Entries.Add(new AccessEntry
            {
                ResourceKind = entry.Resource.Kind,
                ResourceId = entry.Resource.Id,
                UserId = entry.UserId,
                Position = entry.Position,
                Reason = entry.Reason?.Trim() ?? "",
                GrantedBy = entry.GrantedBy ?? "",
                CreatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(cancellationToken);
            await alerts.RaiseAsync(entry.Resource, entry.UserId,
                $"Người dùng {entry.UserId} được thêm vào danh sách tiếp cận ({AccessPositionText.Of(entry.Position)})" +
                (string.IsNullOrWhiteSpace(entry.Reason) ? "." : $"; lý do: {entry.Reason.Trim()}."), cancellationToken);
            await audit.RecordAsync(new AuditRecord(AuditActions.AccessGranted, AuditOutcome.Succeeded, entry.Resource.Kind, entry.Resource.Id,
                $"người dùng {entry.UserId}: {AccessPositionText.Of(entry.Position)}{(string.IsNullOrWhiteSpace(entry.Reason) ? "" : "; lý do: " + entry.Reason)}"),
                cancellationToken);
            await outbox.AddAsync(AccessChanged.Topic, new AccessChanged(entry.Resource.Kind, entry.Resource.Id, entry.UserId, entry.Position, Added: true), cancellationToken);
        }, cancellationToken);
    }

    public Task RemoveAsync(ResourceRef resource, string userId, AccessPosition position, CancellationToken cancellationToken = default) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var removed = await Query(resource).Where(e => e.UserId == userId && e.Position == position).ExecuteDeleteAsync(cancellationToken);
            if (removed == 0)
                return;
            await alerts.RaiseAsync(resource, userId,
                $"Người dùng {userId} bị rút khỏi danh sách tiếp cận ({AccessPositionText.Of(position)}).", cancellationToken);
            await audit.RecordAsync(new AuditRecord(AuditActions.AccessRevoked, AuditOutcome.Succeeded, resource.Kind, resource.Id,
                    $"người dùng {userId}: {AccessPositionText.Of(position)}"), cancellationToken);
            await outbox.AddAsync(AccessChanged.Topic, new AccessChanged(resource.Kind, resource.Id, userId, position), cancellationToken);
        }, cancellationToken);

    public Task HandOverAsync(ResourceRef resource, string fromUserId, string toUserId, CancellationToken cancellationToken = default) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var entry in (await MembersAsync(resource, cancellationToken)).Where(e => e.UserId == fromUserId))
            {
                await AddAsync(entry with { UserId = toUserId }, cancellationToken);
                await RemoveAsync(resource, fromUserId, entry.Position, cancellationToken);
            }
        }, cancellationToken);

    public async Task<IReadOnlyList<AccessEntrySpec>> MembersAsync(ResourceRef resource, CancellationToken cancellationToken = default) =>
        await Query(resource).AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new AccessEntrySpec(resource, e.UserId, e.Position, e.Reason, e.GrantedBy))
            .ToListAsync(cancellationToken);

    private IQueryable<AccessEntry> Query(ResourceRef resource) =>
        db.Entries.Where(e => e.ResourceKind == resource.Kind && e.ResourceId == resource.Id);
}
