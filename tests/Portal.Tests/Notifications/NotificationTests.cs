using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Notifications;

/// <summary>
/// Notifications over HTTP: raised after an incoming document's step commits, shown in the bell and the list with
/// text made at read time, and gone from both once the receiver may no longer see the document.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class NotificationTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task New_work_is_notified_and_a_revoked_document_leaves_the_list_and_the_count()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "thong-bao");
        var form = IncomingAgency.Form();
        var id = await agency.RegisterAsync(form);
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });

        var director = await UnreadAsync(agency, DemoAccounts.Director, 1);
        Assert.Contains(form["NumberSymbol"], director.GetProperty("items")[0].GetProperty("text").GetString());
        var home = await (await agency.AsAsync(DemoAccounts.Director)).PageAsync($"{agency.Tenant}/");
        Assert.Equal("1", home.QuerySelector("#notification-count")!.TextContent);

        await agency.StepAsync(DemoAccounts.Director, id, "direct", new()
        {
            ["Direction"] = "Giao đồng chí chủ trì.", ["LeadHandler"] = DemoAccounts.Officer, ["Deadline"] = "",
        });
        await UnreadAsync(agency, DemoAccounts.Officer, 1);
        var officer = await agency.AsAsync(DemoAccounts.Officer);
        var list = await officer.PageAsync($"{agency.Tenant}/notifications");
        Assert.Contains(form["NumberSymbol"], list.QuerySelector("#notifications")!.TextContent);

        await RevokeAsync(agency.Tenant, id, DemoAccounts.Officer);

        var after = await agency.GetJsonAsync(DemoAccounts.Officer, "api/notifications");
        Assert.Equal(0, after.GetProperty("unread").GetInt32());
        Assert.DoesNotContain(form["NumberSymbol"], after.GetRawText());
        list = await officer.PageAsync($"{agency.Tenant}/notifications");
        Assert.NotNull(list.QuerySelector("#notifications-empty"));
        Assert.DoesNotContain(form["Subject"], list.DocumentElement.TextContent);
        Assert.Null(list.QuerySelector("#notification-count"));
    }

    [Fact]
    public async Task Marked_read_drops_the_count_and_a_muted_kind_is_not_received()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "thong-bao-doc");
        var director = await agency.AsAsync(DemoAccounts.Director);
        var first = await agency.RegisterAsync(IncomingAgency.Form());
        await agency.StepAsync(DemoAccounts.Clerk, first, "submit", new() { ["leader"] = DemoAccounts.Director });
        var notice = (await UnreadAsync(agency, DemoAccounts.Director, 1)).GetProperty("items")[0].GetProperty("id").GetInt64();

        await director.SubmitAsync($"{agency.Tenant}/notifications", new Dictionary<string, string>(), $"/notifications/{notice}/read");
        Assert.Equal(0, (await agency.GetJsonAsync(DemoAccounts.Director, "api/notifications")).GetProperty("unread").GetInt32());

        await director.SubmitAsync($"{agency.Tenant}/notifications/settings", new Dictionary<string, string> { ["received"] = "new-work" },
            "/notifications/settings");
        var second = await agency.RegisterAsync(IncomingAgency.Form());
        await agency.StepAsync(DemoAccounts.Clerk, second, "submit", new() { ["leader"] = DemoAccounts.Director });
        await agency.StepAsync(DemoAccounts.Director, second, "direct", new()
        {
            ["Direction"] = "Giao đồng chí chủ trì.", ["LeadHandler"] = DemoAccounts.Officer, ["Deadline"] = "",
        });
        // The officer's notice of the later step has arrived, so the outbox has handled the submission before it.
        await UnreadAsync(agency, DemoAccounts.Officer, 1);

        var all = await agency.GetJsonAsync(DemoAccounts.Director, "api/notifications");
        Assert.Equal(0, all.GetProperty("unread").GetInt32());
        Assert.Single(all.GetProperty("items").EnumerateArray());
    }

    /// <summary>The notifications once the outbox has delivered the expected number of unread ones.</summary>
    internal static async Task<JsonElement> UnreadAsync(IncomingAgency agency, string userName, int expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            var answer = await agency.GetJsonAsync(userName, "api/notifications");
            if (answer.GetProperty("unread").GetInt32() == expected || attempt == 100)
            {
                Assert.Equal(expected, answer.GetProperty("unread").GetInt32());
                return answer;
            }
            await Task.Delay(100);
        }
    }

    private async Task RevokeAsync(string tenant, int documentId, string userName)
    {
        var host = fixture.Server.Get<TenantHost>();
        await host.RunAsync((await host.ActivateAsync(tenant))!, async s =>
        {
            var user = (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!;
            await s.GetRequiredService<IAccessList>().RemoveAsync(new ResourceRef("incoming", documentId.ToString()), user.Id, AccessPosition.LeadHandler);
            return true;
        });
    }
}
