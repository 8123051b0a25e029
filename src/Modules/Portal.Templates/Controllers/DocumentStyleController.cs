using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Templates.Services;

namespace Portal.Templates.Controllers;

/// <summary>
/// The documents' stylesheet, so a preview inside a page (the admin's template, a draft outgoing
/// document) looks as the printed page does. It holds no document, so anyone signed in may load it.
/// </summary>
[Feature(TemplatesFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class DocumentStyleController : Controller
{
    [HttpGet(IDocumentComposer.StylesheetPath)]
    public IActionResult Style() => Content(DocumentStyle.Css, "text/css; charset=utf-8");
}
