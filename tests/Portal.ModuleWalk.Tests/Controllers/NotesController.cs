using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Notes.Models;

namespace Portal.Notes.Controllers;

[Feature(NotesFeature.Id)]
[Authorize(Policy = PortalPolicies.TenantAdmin)]
[Route("notes")]
public sealed class NotesController(NotesDb db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Notes.AsNoTracking().OrderBy(n => n.Id).ToListAsync(cancellationToken));
}
