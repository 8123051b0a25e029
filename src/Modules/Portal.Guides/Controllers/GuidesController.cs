using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Modules;
using Portal.Guides.Services;
using Portal.Identity;

namespace Portal.Guides.Controllers;

/// <summary>The guides in Portal: <c>/guides</c> opens the person's own (the list when a role has none or several).</summary>
[Feature(GuidesFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("guides")]
public sealed class GuidesController(GuideLibrary library) : Controller
{
    [HttpGet("")]
    public IActionResult Mine() =>
        Redirect(Url.Content($"~/guides/{(RoleGuides.For(User) is [var only] ? only : RoleGuides.Index)}"));

    [HttpGet("{name}")]
    public IActionResult Show(string name) => library.Find(name) is { } guide ? View(guide) : NotFound();

    [HttpGet("images/{image}")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Client)]
    public IActionResult Image(string image) => library.Image(image) is { } png ? File(png, "image/png") : NotFound();
}
