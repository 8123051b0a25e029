using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Diagnostics;
using Portal.Core.Modules;
using Portal.Identity;

namespace Portal.Tenants.Controllers;

/// <summary>The tenant host as the operator sees it: registered and active tenants, memory, open database files.</summary>
[Feature(TenantsFeature.Id)]
[Authorize(Policy = PortalPolicies.CentralOfficeAdmin)]
[Route("admin/diagnostics")]
public sealed class DiagnosticsController(TenantDiagnostics diagnostics) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await diagnostics.SnapshotAsync(cancellationToken));
}
