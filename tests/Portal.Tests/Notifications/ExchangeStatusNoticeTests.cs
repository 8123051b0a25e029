using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Testing;
using Portal.Tests.Exchange;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Notifications;

/// <summary>
/// The sender of an issued document is told, by notice, what each recipient agency answered (the envelope arrived, the
/// clerk refused it), and the digest page groups what came since the reader's previous visit. Nobody off the document
/// is told, and once the drafter's place on it is taken back, neither the list nor the digest names it to him.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class ExchangeStatusNoticeTests(DemoServerFixture fixture)
{
    private const string Kind = "exchange-status";

    [Fact]
    public async Task The_sender_is_told_each_recipients_answer_and_the_digest_groups_what_came_since_the_last_visit()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        var province = network.Province.Agency;
        const string subject = "V/v kiểm tra công tác bảo vệ bí mật nhà nước năm 2026 tại các xã";
        var id = await network.IssueTopSecretAsync(subject);
        var clerk = await province.AsAsync(OutgoingAgency.Clerk);
        var digestPath = $"{province.Tenant}/notifications/digest";
        await clerk.PageAsync(digestPath);

        var (commune, code) = network.Communes[1];
        var sent = await network.SendAsync(id, new { recipients = new[] { code } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        Assert.Contains(subject, await NoticeAsync(province, OutgoingAgency.Clerk, id, "Đã đến"));

        var envelopeId = TenantStores.Rows(fixture.Server, province.Tenant, $"SELECT \"EnvelopeId\" FROM \"ExchangeSendings\" WHERE \"DocumentId\" = {id}").Single();
        var refused = await commune.PostJsonAsync(DemoAccounts.Clerk, $"api/exchange/arrivals/{network.ProvinceCode}/{envelopeId}/refuse",
            new { reason = "Văn bản gửi nhầm cơ quan." });
        Assert.Equal(HttpStatusCode.NoContent, refused.StatusCode);
        Assert.Contains(subject, await NoticeAsync(province, OutgoingAgency.Clerk, id, "Từ chối tiếp nhận"));
        Assert.Contains(subject, await NoticeAsync(province, ExchangeNetwork.Drafter, id, "Từ chối tiếp nhận"));

        var digest = await clerk.PageAsync(digestPath);
        var group = digest.QuerySelector($"[data-kind={Kind}]");
        Assert.NotNull(group);
        // The shared network's other documents may have news of their own: this document's are its two answers.
        var lines = group.QuerySelectorAll("li").Select(li => li.TextContent).Where(t => t.Contains(subject, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.NotNull((await clerk.PageAsync(digestPath)).QuerySelector("#digest-empty"));

        var outsider = await province.GetJsonAsync("chuyenvien2", "api/notifications");
        Assert.DoesNotContain(subject, outsider.GetRawText());

        await TakeBackAsync(province.Tenant, id, ExchangeNetwork.Drafter);
        var drafter = await province.GetJsonAsync(ExchangeNetwork.Drafter, "api/notifications");
        Assert.DoesNotContain(subject, drafter.GetRawText());
        Assert.DoesNotContain(drafter.GetProperty("items").EnumerateArray(), n => n.GetProperty("link").GetString() == $"~/outgoing/{id}");
        var drafterDigest = await (await province.AsAsync(ExchangeNetwork.Drafter)).PageAsync(digestPath);
        Assert.DoesNotContain(subject, drafterDigest.DocumentElement.TextContent);
        Assert.Null(drafterDigest.QuerySelector($"a[href$='/outgoing/{id}']"));
    }

    /// <summary>The text of the person's exchange-status notice on the document with these status words, once the outbox has written it.</summary>
    private static async Task<string> NoticeAsync(IncomingAgency agency, string userName, int documentId, string status)
    {
        string? text = null;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            var notices = agency.GetJsonAsync(userName, "api/notifications").GetAwaiter().GetResult();
            text = notices.GetProperty("items").EnumerateArray()
                .Where(n => n.GetProperty("kind").GetString() == Kind && n.GetProperty("link").GetString() == $"~/outgoing/{documentId}")
                .Select(n => n.GetProperty("text").GetString()!)
                .FirstOrDefault(t => t.Contains(" — " + status + " — ", StringComparison.Ordinal));
            return text is not null;
        }), $"{userName} was not told '{status}'.");
        return text!;
    }

    private async Task TakeBackAsync(string tenant, int documentId, string userName)
    {
        var host = fixture.Server.Get<TenantHost>();
        await host.RunAsync((await host.ActivateAsync(tenant))!, async s =>
        {
            var user = (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!;
            var resource = new ResourceRef("outgoing", documentId.ToString());
            foreach (var entry in (await s.GetRequiredService<IAccessList>().MembersAsync(resource)).Where(e => e.UserId == user.Id))
                await s.GetRequiredService<IAccessList>().RemoveAsync(resource, user.Id, entry.Position);
            return true;
        });
    }
}
