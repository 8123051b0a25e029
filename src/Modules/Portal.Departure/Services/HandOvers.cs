using System.Security.Claims;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Security;
using Portal.Identity;

namespace Portal.Departure.Services;

/// <summary>
/// The leader's side of a departure: the head and deputies act for anyone in the agency, a unit head for the people of
/// their unit; someone outside one's reach answers as if they did not exist. Each item goes to an eligible receiver
/// (active, cleared for its level, in a role the owning module needs), through the owning module, audited here and there,
/// and announced (<see cref="CustodyHandedOver"/>) so the receiver is told.
/// </summary>
public sealed class HandOvers(CustodyHolders holders, Undertakings undertakings, DepartureGate gate, IAccountDirectory directory,
    ITenantUnitOfWork unitOfWork, IAuditTrail audit, IOutbox outbox)
{
    public static readonly string[] LeaderRoles = [Roles.Head, Roles.Deputy, Roles.UnitLeader];

    /// <summary>The active people the leader may hand over for (not the leader), by name.</summary>
    public async Task<IReadOnlyList<AccountSummary>> PeopleAsync(ClaimsPrincipal leader, CancellationToken cancellationToken)
    {
        var accounts = await directory.ListAsync(cancellationToken);
        var me = accounts.FirstOrDefault(a => a.UserId == UserId(leader));
        return me is null ? [] : accounts.Where(a => !a.IsDisabled && Reaches(me, a)).OrderBy(a => a.FullName).ToList();
    }

    /// <summary>The person's checklist, or null when the leader may not act for them; reading it is audited.</summary>
    public async Task<Checklist?> ChecklistAsync(ClaimsPrincipal leader, string userName, CancellationToken cancellationToken)
    {
        var accounts = await directory.ListAsync(cancellationToken);
        var person = (await PeopleAsync(leader, cancellationToken))
            .FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
        if (person is null)
            return null;
        var items = (await holders.InCareOfAsync(person.UserId, cancellationToken))
            .Select(item => new ChecklistItem(item, accounts.Where(a => MayReceive(a, person, item)).OrderBy(a => a.FullName).ToList()))
            .ToList();
        await audit.RecordAsync(new AuditRecord(DepartureAudit.ChecklistRead, AuditOutcome.Succeeded, DepartureAudit.TargetKind, person.UserId,
            $"{person.FullName}: {items.Count} mục chưa bàn giao"), cancellationToken);
        return new Checklist(person, items, await undertakings.LatestAsync(person.UserId, cancellationToken),
            await gate.ObjectionsAsync(person.UserId, cancellationToken));
    }

    /// <summary>
    /// Hands one item (its key, "incoming:12") over to the receiver named by user name; false when the leader may not act
    /// for that person. Refused, with the reason, when the item is no longer theirs or the receiver may not take it.
    /// </summary>
    public async Task<bool> HandOverAsync(ClaimsPrincipal leader, string userName, string? itemKey, string? receiver,
        CancellationToken cancellationToken)
    {
        var person = (await PeopleAsync(leader, cancellationToken))
            .FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
        if (person is null)
            return false;
        var item = (await holders.InCareOfAsync(person.UserId, cancellationToken)).FirstOrDefault(i => i.Key == itemKey)
            ?? throw new RequestRefusedException("Mục này không còn do người này quản lý (đã bàn giao hoặc đã xử lý xong).");
        var to = (await directory.ListAsync(cancellationToken))
            .FirstOrDefault(a => string.Equals(a.UserName, receiver?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (to is null || !MayReceive(to, person, item))
            throw new RequestRefusedException(
                $"Chọn người nhận bàn giao {item.Name}: đang hoạt động, không phải người bàn giao, được tiếp cận bí mật nhà nước đủ độ mật, đúng vai trò cần có.");
        var note = $"Bàn giao khi thôi việc / chuyển công tác: {person.FullName} giao {to.FullName} ({item.Care}), theo quyết định của {FullName(leader)}";
        var holder = holders.Of(item.Kind)!;
        await unitOfWork.InTransactionAsync(async () =>
        {
            await holder.HandOverAsync(new CustodyTransfer(item.Id, person.UserId, to.UserId, to.FullName, to.Position, leader, note), cancellationToken);
            await audit.RecordAsync(new AuditRecord(DepartureAudit.ItemHandedOver, AuditOutcome.Succeeded, item.Kind, item.Id,
                $"{item.Name}: {note}"), cancellationToken);
            await outbox.AddAsync(CustodyHandedOver.Topic, new CustodyHandedOver(item.Kind, item.Id, person.UserId, to.UserId), cancellationToken);
        }, cancellationToken);
        return true;
    }

    /// <summary>Active, not the giver, cleared for the item's level, and in one of the roles it needs (an admin's account alone never).</summary>
    private static bool MayReceive(AccountSummary account, AccountSummary giver, CustodyItem item) =>
        !account.IsDisabled && account.UserId != giver.UserId && (int)account.Clearance >= (int)item.Level
        && account.Roles.Any(r => r != Roles.TenantAdmin)
        && (item.ReceiverRoles.Count == 0 || account.Roles.Any(item.ReceiverRoles.Contains));

    private static bool Reaches(AccountSummary leader, AccountSummary person) =>
        person.UserId != leader.UserId
        && (leader.Roles.Contains(Roles.Head) || leader.Roles.Contains(Roles.Deputy)
            || leader.Roles.Contains(Roles.UnitLeader) && leader.Unit.Length > 0 && person.Unit == leader.Unit);

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.UserId) ?? "";

    private static string FullName(ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.FullName) ?? user.FindFirstValue(PortalClaims.UserName) ?? "";
}
