using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>
/// The step after a correct password: the one-time code (or a recovery code), or enrolling an
/// authenticator first. Works only from the pending session the password step left, in its tenant.
/// </summary>
public sealed class SecondFactor(
    UserManager<PortalUser> users, TotpAuthenticator totp, SessionIssuer sessions, ITenantAccessor tenants,
    IHttpContextAccessor http, ITenantUnitOfWork unitOfWork, IAuditTrail audit)
{
    public const string WrongCode = "Mã xác thực không đúng, đã hết hạn hoặc đã được dùng.";

    /// <summary>The account waiting for its second factor, or null when there is no valid pending session.</summary>
    public async Task<PortalUser?> PendingUserAsync()
    {
        var result = await http.HttpContext!.AuthenticateAsync(IdentitySchemes.Pending);
        var principal = result.Principal;
        if (!result.Succeeded || principal?.FindFirstValue(PortalClaims.Tenant) != tenants.Required.Name)
            return null;
        var user = await users.FindByIdAsync(principal.FindFirstValue(PortalClaims.UserId) ?? "");
        return user is { IsDisabled: false } && user.SecurityStamp == principal.FindFirstValue(SessionClaims.SecurityStamp) ? user : null;
    }

    public async Task<bool> CompleteWithCodeAsync(PortalUser user, string? code, string? recoveryCode)
    {
        var ok = false;
        await unitOfWork.InTransactionAsync(async () =>
        {
            ok = string.IsNullOrWhiteSpace(recoveryCode)
                ? await totp.VerifyAsync(user, code)
                : (await users.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode.Trim())).Succeeded;
            if (!ok)
                await users.AccessFailedAsync(user);
            await audit.RecordAsync(new AuditRecord(AuditActions.SignIn, ok ? AuditOutcome.Succeeded : AuditOutcome.Failed, "user", user.Id,
                (string.IsNullOrWhiteSpace(recoveryCode) ? "mã xác thực" : "mã khôi phục") + (ok ? "" : " sai"), user.UserName));
        });
        if (ok)
            await sessions.SignInAsync(user, "password+totp", strong: true);
        return ok;
    }

    /// <summary>Enrols the authenticator that produced the code; returns the recovery codes to show once, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnrolAsync(PortalUser user, string? code)
    {
        IReadOnlyList<string>? recovery = null;
        await unitOfWork.InTransactionAsync(async () =>
        {
            if (await totp.VerifyAsync(user, code))
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
            }
            await audit.RecordAsync(new AuditRecord(AuditActions.TwoFactorEnrolled, recovery is null ? AuditOutcome.Failed : AuditOutcome.Succeeded,
                "user", user.Id, recovery is null ? "mã xác thực sai" : "", user.UserName));
        });
        if (recovery is not null)
            await sessions.SignInAsync(user, "password+totp", strong: true);
        return recovery;
    }
}
