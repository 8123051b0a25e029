using Microsoft.AspNetCore.Mvc;
using Portal.Core.Modules;
using Portal.Core.Tenancy;
using Portal.Notifications.Services;

namespace Portal.Notifications.Controllers;

/// <summary>The bell in every page's top bar, with the count of unread notifications the person may see.</summary>
public sealed class NotificationBellViewComponent(NotificationInbox inbox, ITenantAccessor tenants) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (tenants.Current is not { } tenant || !tenant.HasFeature(NotificationsFeature.Id) || User.Identity?.IsAuthenticated != true)
            return Content("");
        return View(await inbox.UnreadCountAsync(UserClaimsPrincipal, HttpContext.RequestAborted));
    }
}
