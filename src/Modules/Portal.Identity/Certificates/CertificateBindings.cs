using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Identity.Models;

namespace Portal.Identity.Certificates;

/// <summary>
/// Which certificate signs in which account: Identity's user logins, provider "certificate", key the
/// certificate's SHA-256 thumbprint — so a certificate opens exactly one account, and a binding goes
/// with its account when the account is deleted.
/// </summary>
public sealed class CertificateBindings(
    UserManager<PortalUser> users, IdentityDb identity, CertificatesDb db, ITenantUnitOfWork unitOfWork, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>Binds the certificate in <paramref name="file"/> to the account, after checking it would sign in today.</summary>
    public async Task<PortalUser> BindAsync(string userId, byte[] file, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new RequestRefusedException("Không có tài khoản này.");
        using var certificate = CertificateFiles.ReadCertificate(file);
        var check = CertificateValidator.Check(certificate, await db.Authorities.AsNoTracking().ToListAsync(cancellationToken),
            clock.GetUtcNow().UtcDateTime);
        if (!check.Valid)
            throw new RequestRefusedException($"Chứng thư số này không dùng để đăng nhập được: {check.Reason}.");
        var key = CertificateText.Thumbprint(certificate);
        var holder = await users.FindByLoginAsync(CertificateLimits.LoginProvider, key);
        if (holder is not null)
            throw new RequestRefusedException(holder.Id == user.Id
                ? $"Chứng thư số này đã được gắn với tài khoản '{user.UserName}'."
                : "Chứng thư số này đã được gắn với một tài khoản khác; mỗi chứng thư chỉ gắn với một tài khoản.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            Ensure(await users.AddLoginAsync(user, new UserLoginInfo(CertificateLimits.LoginProvider, key, CertificateText.Describe(certificate))));
            await audit.RecordAsync(new AuditRecord(AuditActions.CertificateBound, AuditOutcome.Succeeded, "user", user.Id,
                $"{user.UserName}: {CertificateText.Describe(certificate)}"), cancellationToken);
        }, cancellationToken);
        return user;
    }

    /// <summary>Removes a binding; the account's open sessions end with it (the security stamp changes).</summary>
    public async Task UnbindAsync(string userId, string thumbprint, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new RequestRefusedException("Không có tài khoản này.");
        var login = (await users.GetLoginsAsync(user))
            .FirstOrDefault(l => l.LoginProvider == CertificateLimits.LoginProvider && l.ProviderKey == thumbprint)
            ?? throw new RequestRefusedException("Tài khoản không có chứng thư số này.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            Ensure(await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey));
            await audit.RecordAsync(new AuditRecord(AuditActions.CertificateUnbound, AuditOutcome.Succeeded, "user", user.Id,
                $"{user.UserName}: {login.ProviderDisplayName}"), cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The accounts whose user name or full name contains <paramref name="search"/> (all when empty), at most <paramref name="take"/>, with their certificates.</summary>
    public async Task<IReadOnlyList<UserCertificates>> ListAsync(string? search, int take, CancellationToken cancellationToken)
    {
        var query = identity.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            query = query.Where(u => u.UserName!.Contains(text) || u.FullName.Contains(text));
        }
        var accounts = await query.OrderBy(u => u.FullName).ThenBy(u => u.UserName).Take(take)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.IsDisabled })
            .ToListAsync(cancellationToken);
        var ids = accounts.Select(a => a.Id).ToList();
        var logins = await identity.UserLogins.AsNoTracking()
            .Where(l => l.LoginProvider == CertificateLimits.LoginProvider && ids.Contains(l.UserId))
            .ToListAsync(cancellationToken);
        return accounts.Select(u => new UserCertificates(u.Id, u.UserName ?? "", u.FullName, u.IsDisabled,
            logins.Where(l => l.UserId == u.Id).Select(l => new BoundCertificate(l.ProviderKey, l.ProviderDisplayName ?? l.ProviderKey)).ToList()))
            .ToList();
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new RequestRefusedException(result.Errors.Select(e => e.Description).ToList());
    }
}
