using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>
/// The tenant admin's changes to existing accounts. Each is one transaction with its audit entry;
/// disabling, signing out everywhere and resetting factors end the account's open sessions at once. Disabling is
/// refused, and the refusal audited, while a module objects (<see cref="IDisableGuard"/>: a hand-over not finished).
/// </summary>
public sealed class UserAdministration(UserManager<PortalUser> users, IdentityDb db, ITenantAccessor tenants,
    ITenantUnitOfWork unitOfWork, IAuditTrail audit, IEnumerable<IDisableGuard> guards)
{
    public async Task<PortalUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new RequestRefusedException("Không có tài khoản này.");

    public async Task UpdateAsync(string userId, UserChanges changes, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        var errors = UserAccounts.CheckProfile(user.UserName ?? "", changes.FullName, changes.Roles, changes.Clearance,
            tenants.Required.IsDefault).ToList();
        int? unitId = null;
        if (!string.IsNullOrEmpty(changes.UnitCode))
            unitId = (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == changes.UnitCode, cancellationToken))?.Id
                ?? AddError(errors, $"Không có đơn vị mã '{changes.UnitCode}'.");
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        await unitOfWork.InTransactionAsync(async () =>
        {
            var before = $"{ClearanceText.Of(user.Clearance)}; {string.Join(", ", await users.GetRolesAsync(user))}";
            user.FullName = changes.FullName.Trim();
            user.Position = changes.Position.Trim();
            user.UnitId = unitId;
            user.Clearance = changes.Clearance;
            Ensure(await users.UpdateAsync(user));
            var current = await users.GetRolesAsync(user);
            Ensure(await users.RemoveFromRolesAsync(user, current.Except(changes.Roles)));
            Ensure(await users.AddToRolesAsync(user, changes.Roles.Distinct().Except(current)));
            await audit.RecordAsync(new AuditRecord(AuditActions.UserUpdated, AuditOutcome.Succeeded, "user", user.Id,
                $"{user.UserName}: trước {before}; sau {ClearanceText.Of(changes.Clearance)}; {string.Join(", ", changes.Roles)}"), cancellationToken);
        }, cancellationToken);
    }

    public async Task SetDisabledAsync(string userId, bool disabled, string actingUserId, CancellationToken cancellationToken)
    {
        if (disabled)
            await RequireNoObjectionAsync(await FindAsync(userId), cancellationToken);
        await ChangeAsync(userId, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, async user =>
        {
            if (disabled && user.Id == actingUserId)
                throw new RequestRefusedException("Không thể tự vô hiệu hóa tài khoản của mình.");
            user.IsDisabled = disabled;
            Ensure(await users.UpdateAsync(user));
            Ensure(await users.UpdateSecurityStampAsync(user));
        }, cancellationToken);
    }

    private async Task RequireNoObjectionAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var objections = new List<string>();
        foreach (var guard in guards)
            objections.AddRange(await guard.ObjectionsAsync(user.Id, cancellationToken));
        if (objections.Count == 0)
            return;
        await audit.RecordAsync(new AuditRecord(AuditActions.UserDisabled, AuditOutcome.Denied, "user", user.Id,
            $"{user.UserName}: {string.Join(" ", objections)}"), cancellationToken);
        throw new RequestRefusedException(objections);
    }

    public Task UnlockAsync(string userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, AuditActions.UserUnlocked, async user =>
        {
            Ensure(await users.SetLockoutEndDateAsync(user, null));
            Ensure(await users.ResetAccessFailedCountAsync(user));
        }, cancellationToken);

    public Task SignOutEverywhereAsync(string userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, AuditActions.UserSignedOut, async user => Ensure(await users.UpdateSecurityStampAsync(user)), cancellationToken);

    /// <summary>The account must enrol a new authenticator at its next sign-in (a lost or stolen device).</summary>
    public Task ResetTwoFactorAsync(string userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, AuditActions.UserTwoFactorReset, async user =>
        {
            Ensure(await users.SetTwoFactorEnabledAsync(user, false));
            Ensure(await users.RemoveAuthenticationTokenAsync(user, TotpAuthenticator.Provider, TotpAuthenticator.KeyName));
            Ensure(await users.UpdateSecurityStampAsync(user));
        }, cancellationToken);

    public Task ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken) =>
        ChangeAsync(userId, AuditActions.UserPasswordReset, async user =>
        {
            var problems = PasswordPolicy.Check(newPassword ?? "").ToList();
            if (problems.Count > 0)
                throw new RequestRefusedException(problems);
            Ensure(await users.RemovePasswordAsync(user));
            Ensure(await users.AddPasswordAsync(user, newPassword!));
        }, cancellationToken);

    private async Task ChangeAsync(string userId, string action, Func<PortalUser, Task> change, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        await unitOfWork.InTransactionAsync(async () =>
        {
            await change(user);
            await audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, "user", user.Id, user.UserName), cancellationToken);
        }, cancellationToken);
    }

    private static int? AddError(List<string> errors, string error)
    {
        errors.Add(error);
        return null;
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new RequestRefusedException(result.Errors.Select(e => e.Description).ToList());
    }
}
