using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Modules;
using Portal.Identity;

namespace Portal.Dashboard.Controllers;

[Feature(DashboardFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
