using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>
/// A fresh second factor before the gravest acts (exporting, printing or downloading a Tối mật
/// document, granting access, changing a clearance, signing): the session's last proof must be recent.
/// </summary>
public sealed class StepUp(UserManager<PortalUser> users, TotpAuthenticator totp, SessionIssuer sessions,
    ITenantUnitOfWork unitOfWork, IAuditTrail audit, IConfiguration configuration)
{

    public const string Required = "Thao tác này cần xác thực lại bằng mã xác thực hai lớp.";

    public bool IsFresh(ClaimsPrincipal user) => StrongAuthentication.IsFresh(user, StrongAuthentication.Freshness(configuration));

    public async Task<bool> ConfirmAsync(ClaimsPrincipal current, string? code)
    {
        var user = await users.FindByIdAsync(current.FindFirstValue(PortalClaims.UserId) ?? "");
        if (user is null)
            return false;
        var ok = false;
        await unitOfWork.InTransactionAsync(async () =>
        {
            ok = user.TwoFactorEnabled && await totp.VerifyAsync(user, code);
            await audit.RecordAsync(new AuditRecord(AuditActions.StepUp, ok ? AuditOutcome.Succeeded : AuditOutcome.Failed, "user", user.Id));
        });
        if (ok)
            await sessions.RefreshStrongAuthAsync(current);
        return ok;
    }
}
