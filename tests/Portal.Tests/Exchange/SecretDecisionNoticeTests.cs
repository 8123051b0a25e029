using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Exchange.Decisions;
using Portal.Exchange.Sending;
using Portal.Secrets.Services;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Secrets;
using Portal.Tests.Support;

namespace Portal.Tests.Exchange;

/// <summary>
/// The province decides on a Tối mật document it sent to two communes, and each commune's copy follows over real HTTP:
/// the downgrade opens the copy to a Mật-cleared person on its list (and holds for a copy registered only afterwards),
/// the declassification declassifies it, the destruction tells the commune's security officer, who may see the copy, and
/// no one else; the province sees per recipient that each notice was delivered. A forged, misaddressed or unauthenticated
/// decision message is refused, audited, and changes nothing.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class SecretDecisionNoticeTests(DemoServerFixture fixture)
{
    private const string Head = DemoAccounts.Director;

    [Fact]
    public async Task The_communes_copies_follow_the_provinces_decisions_and_a_forged_decision_is_refused()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        var ((first, firstCode), (second, secondCode)) = (network.Communes[0], network.Communes[1]);
        var id = await network.IssueTopSecretAsync("V/v phương án phòng thủ khu vực biên giới năm 2027");
        var sent = await network.SendAsync(id, new { recipients = new[] { firstCode, secondCode } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var firstEnvelope = await ExchangeTrackingTests.ArrivedAsync(network, first, id);
        var secondEnvelope = await ExchangeTrackingTests.ArrivedAsync(network, second, id);
        var copy = await ExchangeTrackingTests.RegisterAsync(network, first, firstEnvelope);
        var register = new SecretAgency(first);
        await register.GrantAsync(copy, DemoAccounts.Officer);
        var officer = await first.AsAsync(DemoAccounts.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{first.Tenant}/api/incoming/{copy}")).StatusCode);

        await DecideAsync(network, id, new { action = "giam-mat", reason = "Nội dung không còn ở mức Tối mật", decisionNumber = "21/QĐ-UBND" });
        Assert.True(await Eventually.TrueAsync(async () => (await officer.GetAsync($"{first.Tenant}/api/incoming/{copy}")).StatusCode == HttpStatusCode.OK));
        var entry = await register.EntryAsync("incoming", copy);
        Assert.Equal("Mật", entry.GetProperty("level").GetString());
        Assert.Equal(SecretAgency.Today.AddYears(10).AddDays(-1).ToString("yyyy-MM-dd"), entry.GetProperty("endsOn").GetString());
        Assert.Contains("secret.source-decision", register.AuditActions(copy));
        Assert.True(await DeliveredAsync(network, id, 1));
        // The second commune registers its copy only now: the downgrade holds for it from the start.
        var secondCopy = await ExchangeTrackingTests.RegisterAsync(network, second, secondEnvelope);
        Assert.Equal("Mật", (await new SecretAgency(second).EntryAsync("incoming", secondCopy)).GetProperty("level").GetString());

        await DecideAsync(network, id, new { action = "giai-mat", reason = "Không còn thuộc danh mục bí mật nhà nước", decisionNumber = "22/QĐ-UBND" });
        Assert.True(await Eventually.TrueAsync(async () => (await register.EntryAsync("incoming", copy)).GetProperty("status").GetString() == "Đã giải mật"));
        Assert.True(await DeliveredAsync(network, id, 2));

        await register.GrantAsync(copy, SecretAgency.SecurityOfficer);
        await DecideAsync(network, id, new { action = "tieu-huy", reason = "Hết giá trị sử dụng", decisionNumber = "23/QĐ-UBND" });
        Assert.True(await Eventually.TrueAsync(async () => (await DestroyedNoticesAsync(first, SecretAgency.SecurityOfficer)).Count == 1));
        var notice = (await DestroyedNoticesAsync(first, SecretAgency.SecurityOfficer)).Single();
        Assert.Contains("23/QĐ-UBND", notice);
        Assert.Contains("Cơ quan ban hành đã tiêu hủy", notice);
        Assert.True(await DeliveredAsync(network, id, 3));
        var sender = await (await network.Province.Agency.AsAsync(OutgoingAgency.Clerk)).PageAsync($"{network.Province.Agency.Tenant}/exchange/outgoing/{id}");
        var told = sender.QuerySelectorAll($"#recipients tr[data-agency='{firstCode}'] .decisions li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, told.Count);
        Assert.StartsWith("Giảm độ mật 21/QĐ-UBND", told[0]);
        Assert.All(told, t => Assert.Contains("Đã báo", t));
        // The copy is the commune's to decide on: still there; the second commune's officer, not on its copy's list, reads no notice.
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"{first.Tenant}/api/incoming/{copy}")).StatusCode);
        Assert.Empty(await DestroyedNoticesAsync(first, DemoAccounts.Officer));
        Assert.Empty(await DestroyedNoticesAsync(second, SecretAgency.SecurityOfficer));
        Assert.Single(TenantStores.Rows(network.Server, second.Tenant,
            "SELECT \"UserId\" FROM \"Notifications\" WHERE \"Kind\" = 'destroyed-at-source'"));

        // A decision signed by another key, one addressed to the other commune, and one without the node credential.
        var received = ReceivedCount(network, first);
        var refusedBefore = network.AuditActions(first.Tenant).Count(a => a == "exchange.refused");
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = new DecisionMessage(Guid.NewGuid(), firstEnvelope, network.ProvinceCode, firstCode, "giai-mat", SecrecyLevel.Declassified,
            SecretAgency.Today, "99/QĐ-UBND", SecretAgency.Today, "Giả mạo", DateTime.UtcNow, []).SignedWith(stranger);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(network, first.Tenant, forged, true)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(network, first.Tenant, forged with { Recipient = secondCode }, true)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(network, first.Tenant, forged, false)).StatusCode);
        Assert.Equal(refusedBefore + 2, network.AuditActions(first.Tenant).Count(a => a == "exchange.refused"));
        Assert.Equal(received, ReceivedCount(network, first));
    }

    [Fact]
    public async Task The_end_of_the_period_at_the_province_declassifies_the_communes_copy()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        var (commune, code) = network.Communes[1];
        // One year written on the document: its period ends long before any other of the province's.
        var id = await network.IssueTopSecretAsync("V/v bảo vệ hội nghị cấp tỉnh tháng 3 năm 2027", "1");
        var sent = await network.SendAsync(id, new { recipients = new[] { code } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var copy = await ExchangeTrackingTests.RegisterAsync(network, commune, await ExchangeTrackingTests.ArrivedAsync(network, commune, id));
        var register = new SecretAgency(commune);
        Assert.Equal("Đang bảo vệ", (await register.EntryAsync("incoming", copy)).GetProperty("status").GetString());

        // Only the province's sweep runs on a clock past the end: the commune's copy follows the province's notice.
        var clock = new SettableClock(DateTimeOffset.UtcNow.AddYears(1).AddDays(2));
        await ActivatorUtilities.CreateInstance<PeriodSweeper>(fixture.Server.Services, (TimeProvider)clock)
            .SweepAsync(network.Province.Agency.Tenant, CancellationToken.None);
        Assert.True(await Eventually.TrueAsync(async () => (await register.EntryAsync("incoming", copy)).GetProperty("status").GetString() == "Đã giải mật"));
        Assert.Contains("secret.source-decision", register.AuditActions(copy));
        Assert.True(await DeliveredAsync(network, id, 1));
    }

    private static async Task DecideAsync(ExchangeNetwork network, int id, object decision)
    {
        var response = await network.Province.Agency.PostJsonAsync(Head, $"api/secrets/outgoing/{id}/decisions", decision);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Both recipients' nodes have accepted that many decision notices.</summary>
    private static Task<bool> DeliveredAsync(ExchangeNetwork network, int id, int count) => Eventually.TrueAsync(async () =>
        (await network.ProgressAsync(id)).EnumerateArray().All(r =>
            r.GetProperty("decisions").EnumerateArray().Count(d => d.GetProperty("state").GetString() == "Đã báo") == count));

    private static async Task<List<string>> DestroyedNoticesAsync(IncomingAgency commune, string userName) =>
        [.. (await commune.GetJsonAsync(userName, "api/notifications")).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "destroyed-at-source").Select(n => n.GetProperty("text").GetString()!)];

    private static int ReceivedCount(ExchangeNetwork network, IncomingAgency commune) =>
        TenantStores.Rows(network.Server, commune.Tenant, "SELECT \"NoticeId\" FROM \"ExchangeReceivedDecisions\"").Count;

    private static async Task<HttpResponseMessage> PostAsync(ExchangeNetwork network, string tenant, DecisionMessage decision, bool credential)
    {
        using var http = new HttpClient { BaseAddress = network.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{tenant}/exchange/decisions") { Content = JsonContent.Create(decision) };
        if (credential)
            request.Headers.Add(NodeCredential.Header, network.Server.Get<NodeCredential>().For(decision.Subject()));
        return await http.SendAsync(request);
    }
}
