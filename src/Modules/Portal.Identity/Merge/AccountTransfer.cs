using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Identity.Models;
using Portal.Reorganisation;

namespace Portal.Identity.Merge;

/// <summary>
/// Accounts in a merge. They keep their ids, so every access list moved with them names the same people; a user name
/// already taken in the target gets the source's name as suffix ("vanthu.xa-a"). A moved account is disabled and marked
/// <see cref="MovedFrom"/> until the target's admin confirms it; clearance, roles, password and authenticator move with it.
/// An account already in the target (same id) is left as it is. Certificate logins do not move. In a split an account goes
/// to the successor of its unit (one of no unit to the main one).
/// </summary>
internal sealed class AccountTransfer(IdentityDb db, ILookupNormalizer normalizer, ITenantUnitOfWork unitOfWork, IAuditTrail audit) : ITenantTransfer
{
    public const string MovedIn = "user.moved-in";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken)
    {
        var names = await db.Users.AsNoTracking().Select(u => new { u.UserName, u.NormalizedUserName }).ToListAsync(cancellationToken);
        return new TransferSummary(names.Count,
            names.Select(n => new TransferKey($"user:{n.NormalizedUserName}", $"Tên đăng nhập {n.UserName}")).ToList());
    }

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        var read = await db.Users.AsNoTracking().Where(u => after == null || string.Compare(u.Id, after) > 0).OrderBy(u => u.Id).Take(size)
            .ToListAsync(cancellationToken);
        var users = read.Where(u => work.Takes(u.Id)).ToList();
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var tokens = await db.UserTokens.AsNoTracking().Where(t => ids.Contains(t.UserId)).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        var rows = users.Select(u => new TransferRow(u.Id, JsonSerializer.Serialize(new MovedUser(u.Id, u.UserName!, u.FullName, u.Position,
            u.UnitId is { } unit ? units.GetValueOrDefault(unit) : null, u.Clearance, u.IsDisabled, u.PasswordHash, u.SecurityStamp,
            u.TwoFactorEnabled, u.CreatedUtc, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
            tokens.Where(t => t.UserId == u.Id).Select(t => new MovedToken(t.LoginProvider, t.Name, t.Value)).ToList())))).ToList();
        return new TransferBatch(rows, read.Count < size ? null : read[^1].Id);
    }

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var written = 0;
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var moved in batch.Rows.Select(r => JsonSerializer.Deserialize<MovedUser>(r.Json)!))
            {
                if (await db.Users.AnyAsync(u => u.Id == moved.Id, cancellationToken))
                    continue;
                await AddAsync(work, moved, cancellationToken);
                written++;
            }
        }, cancellationToken);
        return written;
    }

    public Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task AddAsync(TransferWork work, MovedUser moved, CancellationToken cancellationToken)
    {
        var userName = await db.Users.AnyAsync(u => u.NormalizedUserName == normalizer.NormalizeName(moved.UserName), cancellationToken)
            ? $"{moved.UserName}.{work.Source}" : moved.UserName;
        var unitId = moved.UnitCode is null ? null
            : await db.Units.Where(u => u.Code == moved.UnitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        db.Users.Add(new PortalUser
        {
            Id = moved.Id, UserName = userName, NormalizedUserName = normalizer.NormalizeName(userName), FullName = moved.FullName,
            Position = moved.Position, UnitId = unitId, Clearance = moved.Clearance, IsDisabled = true, PasswordHash = moved.PasswordHash,
            SecurityStamp = moved.SecurityStamp, ConcurrencyStamp = Guid.NewGuid().ToString(), TwoFactorEnabled = moved.TwoFactorEnabled,
            LockoutEnabled = true, CreatedUtc = moved.CreatedUtc,
        });
        db.UserClaims.Add(new IdentityUserClaim<string> { UserId = moved.Id, ClaimType = MovedFrom.ClaimType, ClaimValue = work.Source });
        foreach (var token in moved.Tokens)
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = moved.Id, LoginProvider = token.LoginProvider, Name = token.Name, Value = token.Value });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var roleName in moved.Roles)
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = moved.Id, RoleId = await RoleIdAsync(roleName, cancellationToken) });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord(MovedIn, AuditOutcome.Succeeded, "user", moved.Id,
            $"Tài khoản {moved.UserName} của {work.Source} chuyển sang {work.Occasion} với tên đăng nhập {userName}, chờ quản trị xác nhận" +
            (moved.WasDisabled ? " (đã bị vô hiệu hóa ở cơ quan cũ)" : ""), UserName: work.ApprovedBy), cancellationToken);
    }

    /// <summary>The target's role of that name; a role the target's recipe did not make is added.</summary>
    private async Task<string> RoleIdAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(name);
        if (await db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken) is { } id)
            return id;
        var role = new IdentityRole(name) { NormalizedName = normalized };
        db.Roles.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        return role.Id;
    }
}
