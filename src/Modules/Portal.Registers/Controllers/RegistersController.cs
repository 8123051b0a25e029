using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Registers.Models;

namespace Portal.Registers.Controllers;

[Feature(RegistersFeature.Id)]
[Authorize(Policy = PortalPolicies.TenantAdmin)]
[Route("admin/registers")]
public sealed class RegistersController(RegistersDb db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Books.AsNoTracking().OrderBy(b => b.Kind).ThenBy(b => b.Code).ToListAsync(cancellationToken));
}
