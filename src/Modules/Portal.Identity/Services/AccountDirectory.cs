using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>The Identity module's answer to <see cref="IAccountDirectory"/>, read from its own tables.</summary>
internal sealed class AccountDirectory(UserManager<PortalUser> users, IdentityDb db) : IAccountDirectory
{
    public async Task<ActiveAccount?> FindActiveAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || user.IsDisabled)
            return null;
        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        return new ActiveAccount(user.Id, user.UserName ?? "", user.FullName, user.Position, roles, user.Clearance, user.SecurityStamp ?? "");
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        return accounts.Select(u => new AccountSummary(u.Id, u.UserName ?? "", u.FullName, u.Position,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(),
                u.Clearance, u.IsDisabled, u.UnitId is { } unit ? units.GetValueOrDefault(unit, "") : ""))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<string, string>> MailAddressesAsync(IReadOnlyCollection<string> userIds,
        CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && !u.IsDisabled && u.Email != null && u.Email != "")
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
}
