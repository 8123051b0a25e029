using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Notifications.Services;

namespace Portal.Notifications.Endpoints;

/// <summary>/api/notifications: the caller's notifications and unread count, through the same access check as the page.</summary>
internal static class NotificationsApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/notifications").RequireFeature(NotificationsFeature.Id).RequireAuthorization(PortalPolicies.SignedIn)
            .WithTags("Thông báo");
        api.MapGet("", async (ClaimsPrincipal user, NotificationInbox inbox, CancellationToken cancellationToken) =>
        {
            var all = await inbox.ListAsync(user, unreadOnly: false, cancellationToken);
            return Results.Ok(new NotificationsResponse(all.Count(n => !n.Read), all));
        }).WithName("ListNotifications").WithSummary("Thông báo của người gọi và số chưa đọc");
    }
}
