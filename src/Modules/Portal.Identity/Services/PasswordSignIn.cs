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
/// Password sign-in: one answer for every failure, and the same work whether or not the account
/// exists. Accounts that need a second factor get only a short pending session until they give it.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<PortalUser> users, ITenantAccessor tenants, IHttpContextAccessor http, ITenantUnitOfWork unitOfWork,
    IAuditTrail audit, SessionIssuer sessions)
{
    public const string Failed = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.";

    private static readonly PortalUser Decoy = new() { PasswordHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString()) };

    /// <summary>Checks the password; every attempt is in the audit trail with the lockout count it changed.</summary>
    public async Task<SignInOutcome> PasswordAsync(string userName, string password)
    {
        PortalUser? user = null;
        var outcome = SignInOutcome.Failed;
        await unitOfWork.InTransactionAsync(async () =>
        {
            user = await CheckAsync(userName?.Trim() ?? "", password ?? "");
            var roles = user is null ? [] : await users.GetRolesAsync(user);
            outcome = user is null ? SignInOutcome.Failed
                : ArchiveAdmission.Refuses(tenants.Required, roles) ? SignInOutcome.ArchiveClosed
                : !TwoFactorPolicy.IsRequired(user, roles, tenants.Required.IsDefault) ? SignInOutcome.SignedIn
                : user.TwoFactorEnabled ? SignInOutcome.NeedsCode
                : SignInOutcome.NeedsEnrolment;
            await audit.RecordAsync(new AuditRecord(AuditActions.SignIn,
                outcome is SignInOutcome.Failed or SignInOutcome.ArchiveClosed ? AuditOutcome.Failed : AuditOutcome.Succeeded,
                TargetKind: "user", TargetId: user?.Id, UserName: userName?.Trim(),
                Details: outcome switch
                {
                    SignInOutcome.NeedsCode => "mật khẩu đúng, chờ mã xác thực",
                    SignInOutcome.NeedsEnrolment => "mật khẩu đúng, phải đăng ký xác thực hai lớp",
                    SignInOutcome.SignedIn => "mật khẩu",
                    SignInOutcome.ArchiveClosed => "mật khẩu đúng, nhưng cơ quan là bản lưu trữ chỉ đọc: chỉ cán bộ bảo vệ bí mật nhà nước được đăng nhập",
                    _ => "sai tên đăng nhập hoặc mật khẩu",
                }));
        });
        if (outcome == SignInOutcome.SignedIn)
            await sessions.SignInAsync(user!, "password", strong: false);
        else if (outcome is SignInOutcome.NeedsCode or SignInOutcome.NeedsEnrolment)
            await StartPendingAsync(user!);
        return outcome;
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

    private Task StartPendingAsync(PortalUser user) =>
        http.HttpContext!.SignInAsync(IdentitySchemes.Pending, new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(PortalClaims.UserId, user.Id),
            new Claim(PortalClaims.Tenant, tenants.Required.Name),
            new Claim(SessionClaims.SecurityStamp, user.SecurityStamp ?? ""),
        ], IdentitySchemes.Pending)));
}
