using Microsoft.AspNetCore.Mvc;
using Portal.Core.Tenancy;
using Portal.Guides.Services;

namespace Portal.Guides.Controllers;

/// <summary>The help menu in every page's top bar: the guides of the person's roles, and the list of all guides.</summary>
public sealed class HelpMenuViewComponent(ITenantAccessor tenants, GuideLibrary library) : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        if (tenants.Current is not { } tenant || !tenant.HasFeature(GuidesFeature.Id) || User.Identity?.IsAuthenticated != true)
            return Content("");
        return View(RoleGuides.For(UserClaimsPrincipal).Select(library.Find).OfType<Guide>().ToList());
    }
}
