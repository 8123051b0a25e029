using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Access;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Dashboard.Models;
using Portal.Identity;

namespace Portal.Dashboard.Controllers;

[Feature(DashboardFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class HomeController(IAccessAlerts alerts, IAccountDirectory accounts) : Controller
{
    /// <summary>The kinds of document whose page is at /{kind}/{id}; an alert on any other kind shows no link.</summary>
    private static readonly string[] DocumentKinds = ["incoming", "outgoing"];

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var unread = await alerts.UnreadAsync(UserId, cancellationToken);
        if (unread.Count == 0)
            return View(Array.Empty<HomeAlert>());
        // Access keeps people by id (it knows no names): the alert's text is given the names here, as its reader knows them.
        var names = (await accounts.ListAsync(cancellationToken)).ToDictionary(a => a.UserId, a => a.FullName);
        return View(unread.Select(a => new HomeAlert(a.Id, Named(a.Message, names),
            DocumentKinds.Contains(a.Resource.Kind) ? $"~/{a.Resource.Kind}/{a.Resource.Id}" : null, a.CreatedUtc)).ToList());
    }

    [HttpPost("/alerts/{alertId:long}/read")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MarkRead(long alertId, CancellationToken cancellationToken)
    {
        await alerts.MarkReadAsync(UserId, alertId, cancellationToken);
        return LocalRedirect(Url.Content("~/"));
    }

    private static string Named(string message, IReadOnlyDictionary<string, string> names) =>
        names.Aggregate(message, (text, person) => text.Contains(person.Key, StringComparison.Ordinal) ? text.Replace(person.Key, person.Value, StringComparison.Ordinal) : text);

    private string UserId => User.FindFirst(PortalClaims.UserId)?.Value ?? "";
}
