using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Identity.Services;

namespace Portal.Identity.Certificates;

/// <summary>
/// Sign-in with the certificate the browser presented in the TLS handshake, checked against the
/// agency's own trust store and bound to one account. One answer for every failure; every attempt,
/// with its real reason, is in the audit trail. A certificate is a strong factor: the session is
/// issued as such, with no one-time code asked.
/// </summary>
public sealed class CertificateSignIn(
    UserManager<PortalUser> users, CertificatesDb db, ITenantUnitOfWork unitOfWork, IAuditTrail audit, SessionIssuer sessions, TimeProvider clock,
    ITenantAccessor tenants)
{
    public const string Failed =
        "Không đăng nhập được bằng chứng thư số: chứng thư không hợp lệ, đã hết hạn hoặc bị thu hồi, chưa được gắn với tài khoản, hoặc tài khoản đang bị khóa.";

    /// <summary>The session's <see cref="SessionClaims.Method"/>.</summary>
    public const string Method = "cert";

    public async Task<bool> SignInAsync(X509Certificate2? certificate, CancellationToken cancellationToken)
    {
        PortalUser? user = null;
        await unitOfWork.InTransactionAsync(async () =>
        {
            string reason;
            (user, reason) = await CheckAsync(certificate, cancellationToken);
            await audit.RecordAsync(new AuditRecord(AuditActions.SignIn, user is null ? AuditOutcome.Failed : AuditOutcome.Succeeded,
                TargetKind: "user", TargetId: user?.Id,
                Details: "chứng thư số: " + reason + (certificate is null ? "" : "; " + CertificateText.Describe(certificate)),
                UserName: user?.UserName ?? (certificate is null ? "" : CertificateText.Holder(certificate))), cancellationToken);
        }, cancellationToken);
        if (user is null)
            return false;
        await sessions.SignInAsync(user, Method, strong: true);
        return true;
    }

    private async Task<(PortalUser? User, string Reason)> CheckAsync(X509Certificate2? certificate, CancellationToken cancellationToken)
    {
        if (certificate is null)
            return (null, "trình duyệt không gửi chứng thư số");
        var check = CertificateValidator.Check(certificate, await db.Authorities.AsNoTracking().ToListAsync(cancellationToken),
            clock.GetUtcNow().UtcDateTime);
        if (!check.Valid)
            return (null, check.Reason);
        var user = await users.FindByLoginAsync(CertificateLimits.LoginProvider, CertificateText.Thumbprint(certificate));
        if (user is null)
            return (null, "chứng thư chưa được gắn với tài khoản nào");
        if (user.IsDisabled)
            return (null, $"tài khoản '{user.UserName}' đã bị vô hiệu hóa");
        if (await users.IsLockedOutAsync(user))
            return (null, $"tài khoản '{user.UserName}' đang bị khóa");
        if (ArchiveAdmission.Refuses(tenants.Required, await users.GetRolesAsync(user)))
            return (null, $"cơ quan là bản lưu trữ chỉ đọc, tài khoản '{user.UserName}' không phải của cán bộ bảo vệ bí mật nhà nước");
        return (user, "hợp lệ");
    }
}
