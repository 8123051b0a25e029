using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity.Models;
using Portal.Identity.Services;

namespace Portal.Identity.Controllers;

[Feature(IdentityFeature.Id)]
[Authorize(Policy = PortalPolicies.TenantAdmin)]
[Route("admin/units")]
public sealed class UnitsController(IdentityDb db, UnitAdministration units) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new UnitForm(), [], cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(UnitForm form, CancellationToken cancellationToken)
    {
        try
        {
            await units.AddAsync(form.Code, form.Name, form.ParentCode, cancellationToken);
            TempData["Message"] = $"Đã thêm đơn vị '{form.Name?.Trim()}'.";
            return RedirectToAction(nameof(Index));
        }
        catch (RequestRefusedException e)
        {
            return View(nameof(Index), await PageAsync(form, e.Errors, cancellationToken));
        }
    }

    private async Task<UnitsPage> PageAsync(UnitForm form, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var all = await db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(cancellationToken);
        var members = await db.Users.AsNoTracking().Where(u => u.UnitId != null).GroupBy(u => u.UnitId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new UnitsPage(all, members, form, errors);
    }
}
