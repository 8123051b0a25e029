using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity.Models;
using Portal.Identity.Services;

namespace Portal.Identity.Controllers;

/// <summary>The tenant admin's account pages. Admins manage accounts; they read no document by being admins.</summary>
[Feature(IdentityFeature.Id)]
[Authorize(Policy = PortalPolicies.TenantAdmin)]
[Route("admin/users")]
public sealed class UsersController(IdentityDb db, UserAccounts accounts) : Controller
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
            u.UserName ?? "", u.FullName, u.Position,
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
