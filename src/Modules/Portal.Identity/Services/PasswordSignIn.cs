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

/// <summary>Password sign-in: one answer for every failure, and the same work whether or not the account exists.</summary>
public sealed class PasswordSignIn(
    UserManager<PortalUser> users, ITenantAccessor tenants, IHttpContextAccessor http, ITenantUnitOfWork unitOfWork, IAuditTrail audit)
{
    public const string Failed = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.";

    private static readonly PortalUser Decoy = new() { PasswordHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString()) };

    /// <summary>Checks the password and signs in; the attempt, whatever its outcome, is in the audit trail with the lockout count it changed.</summary>
    public async Task<bool> PasswordAsync(string userName, string password)
    {
        PortalUser? signedIn = null;
        await unitOfWork.InTransactionAsync(async () =>
        {
            signedIn = await CheckAsync(userName?.Trim() ?? "", password ?? "");
            await audit.RecordAsync(new AuditRecord(AuditActions.SignIn,
                signedIn is null ? AuditOutcome.Failed : AuditOutcome.Succeeded,
                TargetKind: "user", TargetId: signedIn?.Id, UserName: userName?.Trim()));
        });
        if (signedIn is null)
            return false;
        await http.HttpContext!.SignInAsync(IdentitySchemes.Cookie, await PrincipalAsync(signedIn),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
        return true;
    }

    private async Task<PortalUser?> CheckAsync(string userName, string password)
    {
        var user = userName.Length == 0 ? null : await users.FindByNameAsync(userName);
        if (user is null || user.IsDisabled || await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(Decoy, Decoy.PasswordHash!, password);
            return null;
        }
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return null;
        }
        await users.ResetAccessFailedCountAsync(user);
        return user;
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(PortalUser user)
    {
        var claims = new List<Claim>
        {
            new(PortalClaims.UserId, user.Id),
            new(PortalClaims.UserName, user.UserName ?? ""),
            new(ClaimTypes.Name, user.UserName ?? ""),
            new(PortalClaims.FullName, user.FullName),
            new(PortalClaims.Position, user.Position),
            new(PortalClaims.Tenant, tenants.Required.Name),
            new(SessionClaims.SecurityStamp, user.SecurityStamp ?? ""),
            new(SessionClaims.IssuedUtcTicks, DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, IdentitySchemes.Cookie, ClaimTypes.Name, ClaimTypes.Role));
    }
}
