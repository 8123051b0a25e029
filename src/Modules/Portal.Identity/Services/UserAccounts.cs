using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>Creating accounts, with the rules that hold whoever creates them (admin page or recipe).</summary>
public sealed class UserAccounts(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IdentityDb db, ITenantAccessor tenants,
    ITenantUnitOfWork unitOfWork, IAuditTrail audit)
{
    public async Task<PortalUser> CreateAsync(UserSpec spec, CancellationToken cancellationToken)
    {
        var errors = Check(spec, tenants.Required.IsDefault).ToList();
        int? unitId = null;
        if (!string.IsNullOrEmpty(spec.UnitCode))
        {
            unitId = (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == spec.UnitCode, cancellationToken))?.Id;
            if (unitId is null)
                errors.Add($"Không có đơn vị mã '{spec.UnitCode}'.");
        }
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);

        var user = new PortalUser
        {
            UserName = spec.UserName.Trim(),
            Email = string.IsNullOrWhiteSpace(spec.Email) ? null : spec.Email.Trim(),
            FullName = spec.FullName.Trim(),
            Position = spec.Position.Trim(),
            UnitId = unitId,
            Clearance = spec.Clearance,
            LockoutEnabled = true,
            CreatedUtc = DateTime.UtcNow,
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            Ensure(await users.CreateAsync(user, spec.Password));
            foreach (var role in spec.Roles.Distinct())
            {
                if (!await roles.RoleExistsAsync(role))
                    Ensure(await roles.CreateAsync(new IdentityRole(role)));
            }
            Ensure(await users.AddToRolesAsync(user, spec.Roles.Distinct()));
            await audit.RecordAsync(new AuditRecord(AuditActions.UserCreated, AuditOutcome.Succeeded, "user", user.Id,
                $"{user.UserName}: {string.Join(", ", spec.Roles)}; mức tiếp cận {ClearanceText.Of(spec.Clearance)}"), cancellationToken);
        }, cancellationToken);
        return user;
    }

    /// <summary>The checks that need no database, so a recipe can run them before anything is written.</summary>
    public static IEnumerable<string> Check(UserSpec spec, bool centralOffice)
    {
        if (string.IsNullOrWhiteSpace(spec.UserName))
            yield return "Tên đăng nhập là bắt buộc.";
        if (string.IsNullOrEmpty(spec.Password))
            yield return "Mật khẩu là bắt buộc.";
        else
            foreach (var problem in PasswordPolicy.Check(spec.Password))
                yield return problem;
        foreach (var problem in CheckProfile(spec.UserName, spec.FullName, spec.Roles, spec.Clearance, centralOffice))
            yield return problem;
    }

    /// <summary>The rules on who a person is and may be: name, roles of this kind of tenant, a clearance Portal knows.</summary>
    public static IEnumerable<string> CheckProfile(string userName, string fullName, IReadOnlyList<string> roles, Clearance clearance,
        bool centralOffice)
    {
        if (string.IsNullOrWhiteSpace(fullName))
            yield return "Họ và tên là bắt buộc.";
        if (!Enum.IsDefined(clearance))
            yield return "Mức được tiếp cận bí mật không hợp lệ (chỉ: không, Mật, Tối mật).";
        if (roles.Count == 0)
            yield return $"Người dùng '{userName}' phải có ít nhất một vai trò.";
        foreach (var role in roles.Where(r => !Roles.Names.ContainsKey(r)))
            yield return $"Không có vai trò '{role}'.";
        foreach (var role in roles.Where(r => Roles.CentralOfficeOnly.Contains(r) && !centralOffice))
            yield return $"Vai trò '{Roles.Names[role]}' chỉ có ở cơ quan trung tâm.";
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new RequestRefusedException(result.Errors.Select(e => e.Description).ToList());
    }
}
