using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Notifications.Mail;
using Portal.Notifications.Models;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Notifications;

/// <summary>An agency whose admin sets a mail server, and what the mail tests read back from it.</summary>
public static class MailAgency
{
    public const string PortalAddress = "https://portal.so-noi-vu.gov.vn";

    public static string Address(string userName) => $"{userName}@so-noi-vu.gov.vn";

    /// <summary>The admin saves the mail server through the page's form (127.0.0.1, no encryption unless changed).</summary>
    public static async Task ConfigureAsync(IncomingAgency agency, int port, params (string Key, string Value)[] more)
    {
        var admin = await agency.AsAsync(DemoAccounts.TenantAdmin);
        var values = new Dictionary<string, string>
        {
            ["Host"] = "127.0.0.1", ["Port"] = port.ToString(), ["Security"] = "None", ["Sender"] = "portal@so-noi-vu.gov.vn",
            ["PortalAddress"] = PortalAddress,
        };
        foreach (var (key, value) in more)
            values[key] = value;
        var response = await admin.SubmitAsync($"{agency.Tenant}/admin/notifications/mail", values, "/admin/notifications/mail");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts a form whose fields repeat (check boxes), with the page's antiforgery token.</summary>
    public static async Task PostRepeatedAsync(PortalClient client, string pagePath, List<(string Key, string Value)> fields)
    {
        var page = await client.PageAsync(pagePath);
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, pagePath) { Content = content });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task SetAddressesAsync(IncomingAgency agency, params string[] userNames) => InTenantAsync(agency, async s =>
    {
        var users = s.GetRequiredService<UserManager<PortalUser>>();
        foreach (var userName in userNames)
        {
            var user = (await users.FindByNameAsync(userName))!;
            user.Email = Address(userName);
            await users.UpdateAsync(user);
        }
        return true;
    });

    public static Task<List<Notification>> NoticesAsync(IncomingAgency agency, string userName) => InTenantAsync(agency, async s =>
    {
        var user = (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!;
        return await s.GetRequiredService<NotificationsDb>().Notifications.AsNoTracking().Where(n => n.UserId == user.Id).ToListAsync();
    });

    public static async Task<bool> MailOutboxEmptyAsync(IncomingAgency agency)
    {
        var context = (await agency.Server.Get<TenantHost>().ActivateAsync(agency.Tenant))!;
        var dispatcher = agency.Server.Get<OutboxDispatcher>();
        return await Eventually.TrueAsync(async () => (await dispatcher.ListAsync(context, default)).All(m => m.Topic != NoticeMail.Topic));
    }

    /// <summary>
    /// Waits until a condition holds, asking the background lane to run again meanwhile: a retry waits out its backoff,
    /// and the kick only saves waiting for the sweep.
    /// </summary>
    public static async Task<bool> RetriedUntilAsync(IncomingAgency agency, Func<Task<bool>> condition)
    {
        var tenant = (await agency.Server.Get<TenantHost>().ActivateAsync(agency.Tenant))!;
        var dispatcher = agency.Server.Get<OutboxDispatcher>();
        return await Eventually.TrueAsync(async () =>
        {
            dispatcher.Kick(tenant);
            return await condition();
        });
    }

    /// <summary>The admin's mail page once it shows what is asked, e.g. a failure or nothing waiting.</summary>
    public static async Task<AngleSharp.Dom.IDocument> AdminPageWhenAsync(IncomingAgency agency, Func<AngleSharp.Dom.IDocument, bool> shows, string what)
    {
        var admin = await agency.AsAsync(DemoAccounts.TenantAdmin);
        AngleSharp.Dom.IDocument page = null!;
        Assert.True(await RetriedUntilAsync(agency, async () =>
        {
            page = await admin.PageAsync($"{agency.Tenant}/admin/notifications/mail");
            return shows(page);
        }), $"The admin's page never showed {what}.");
        return page;
    }

    public static string? LastError(AngleSharp.Dom.IDocument page) => page.QuerySelector("#mail-last-error")?.TextContent;

    public static string Pending(AngleSharp.Dom.IDocument page) => page.QuerySelector("#mail-pending")!.TextContent.Trim();

    public static async Task<T> InTenantAsync<T>(IncomingAgency agency, Func<IServiceProvider, Task<T>> work)
    {
        var host = agency.Server.Get<TenantHost>();
        return await host.RunAsync((await host.ActivateAsync(agency.Tenant))!, work);
    }
}
