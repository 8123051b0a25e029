using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Mvc;
using Portal.Identity.Models;
using Portal.Identity.Services;

namespace Portal.Identity.Controllers;

/// <summary>The tenant admin's account pages. Admins manage accounts; they read no document by being admins.</summary>
[Feature(IdentityFeature.Id)]
[Authorize(Policy = PortalPolicies.TenantAdmin)]
[Route("admin/users")]
public sealed class UsersController(IdentityDb db, UserAccounts accounts, UserAdministration administration, StepUp stepUp) : Controller
{
    private static readonly System.Globalization.CultureInfo VietnameseCulture = new("vi-VN");

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var users = (await db.Users.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(u => u.FullName, StringComparer.Create(VietnameseCulture, ignoreCase: true)).ToList();
        var rows = users.Select(u => new UserRow(
            u.Id, u.UserName ?? "", u.FullName, u.Position,
            u.UnitId is { } id && units.TryGetValue(id, out var unit) ? unit : "",
            roles.Where(r => r.UserId == u.Id).Select(r => Roles.Names.GetValueOrDefault(r.Name ?? "", r.Name ?? "")).Order().ToList(),
            ClearanceText.Of(u.Clearance),
            u.IsDisabled)).ToList();
        return View(rows);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(await FormAsync(new UserForm(), cancellationToken));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(UserForm form, CancellationToken cancellationToken)
    {
        try
        {
            await accounts.CreateAsync(form.ToSpec(), cancellationToken);
            TempData["Message"] = $"Đã tạo tài khoản '{form.UserName}'.";
            return RedirectToAction(nameof(Index));
        }
        catch (RequestRefusedException e)
        {
            form.Errors = e.Errors;
            form.Password = null;
            return View(await FormAsync(form, cancellationToken));
        }
    }

    [HttpGet("{userId}")]
    public async Task<IActionResult> Edit(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
            return NotFound();
        var form = new UserForm
        {
            Id = user.Id, UserName = user.UserName, FullName = user.FullName, Position = user.Position, Clearance = user.Clearance,
            UnitCode = user.UnitId is { } unitId ? (await db.Units.AsNoTracking().FirstAsync(u => u.Id == unitId, cancellationToken)).Code : null,
            Roles = await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                .ToListAsync(cancellationToken),
            IsDisabled = user.IsDisabled,
            IsLockedOut = user.LockoutEnd > DateTimeOffset.UtcNow,
            TwoFactorEnabled = user.TwoFactorEnabled,
        };
        return View(await FormAsync(form, cancellationToken));
    }

    /// <summary>Saves the profile; a change of clearance needs a fresh second factor (step-up).</summary>
    [HttpPost("{userId}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string userId, UserForm form, CancellationToken cancellationToken)
    {
        var current = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (current is null)
            return NotFound();
        if (form.Clearance != current.Clearance && !stepUp.IsFresh(User))
            return EditError(userId, StepUp.Required);
        return await Act(userId, () => administration.UpdateAsync(userId, new UserChanges(form.FullName ?? "", form.Position ?? "",
            string.IsNullOrEmpty(form.UnitCode) ? null : form.UnitCode, form.Roles, form.Clearance), cancellationToken), "Đã lưu thay đổi.");
    }

    [HttpPost("{userId}/disable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(string userId, CancellationToken cancellationToken) =>
        Act(userId, () => administration.SetDisabledAsync(userId, true, CurrentUserId, cancellationToken),
            "Đã vô hiệu hóa tài khoản; các phiên đang mở đã kết thúc.");

    [HttpPost("{userId}/enable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(string userId, CancellationToken cancellationToken) =>
        Act(userId, () => administration.SetDisabledAsync(userId, false, CurrentUserId, cancellationToken), "Đã kích hoạt lại tài khoản.");

    [HttpPost("{userId}/unlock")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Unlock(string userId, CancellationToken cancellationToken) =>
        Act(userId, () => administration.UnlockAsync(userId, cancellationToken), "Đã mở khóa tài khoản.");

    [HttpPost("{userId}/sign-out")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> SignOutEverywhere(string userId, CancellationToken cancellationToken) =>
        Act(userId, () => administration.SignOutEverywhereAsync(userId, cancellationToken), "Đã kết thúc mọi phiên đăng nhập của tài khoản.");

    [HttpPost("{userId}/reset-2fa")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> ResetTwoFactor(string userId, CancellationToken cancellationToken) =>
        Act(userId, () => administration.ResetTwoFactorAsync(userId, cancellationToken),
            "Đã đặt lại xác thực hai lớp; người dùng phải đăng ký lại ở lần đăng nhập tới.");

    [HttpPost("{userId}/reset-password")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> ResetPassword(string userId, string? newPassword, CancellationToken cancellationToken) =>
        Act(userId, () => administration.ResetPasswordAsync(userId, newPassword ?? "", cancellationToken), "Đã đặt mật khẩu mới.");

    private string CurrentUserId => User.FindFirst(Portal.Core.Security.PortalClaims.UserId)?.Value ?? "";

    private Task<IActionResult> Act(string userId, Func<Task> action, string done) =>
        this.RunAndReturnAsync(action, done, () => RedirectToAction(nameof(Edit), new { userId }));

    private RedirectToActionResult EditError(string userId, string error)
    {
        TempData["Error"] = error;
        return RedirectToAction(nameof(Edit), new { userId });
    }

    private async Task<UserForm> FormAsync(UserForm form, CancellationToken cancellationToken)
    {
        form.UnitOptions = await db.Units.AsNoTracking().OrderBy(u => u.Name)
            .Select(u => new KeyValuePair<string, string>(u.Code, u.Name)).ToListAsync(cancellationToken);
        form.RoleOptions = (await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken))
            .Where(Roles.Names.ContainsKey)
            .Select(r => new KeyValuePair<string, string>(r, Roles.Names[r])).ToList();
        return form;
    }
}
