using System.Net;
using Portal.Testing;
using Portal.Tests.Exchange;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;
using static Portal.Tests.Reorganisation.ExchangeDesk;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// Exchange across a merge of commune B into commune C, over real HTTP between agencies of one node: the envelope waiting
/// in B's queue is registered by C's clerk; a status about the document B had sent reaches C's record of it; an
/// envelope the province sends to B's code after the merge arrives in C's queue; the directory tells B's code is merged.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class ExchangeMergeTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Envelopes_in_flight_and_later_ones_reach_the_target_and_statuses_follow_the_sent_records()
    {
        var network = await ExchangeNetwork.CreateAsync(fixture.Server);
        var (a, aCode) = network.Communes[0];
        var (b, bCode) = network.Communes[1];
        var (c, cCode) = network.Communes[2];

        // In flight at B: the province's envelope, not registered yet.
        var waiting = await network.IssueTopSecretAsync("V/v rà soát địa giới hành chính cấp xã");
        Assert.Equal(HttpStatusCode.OK, (await network.SendAsync(waiting, new { recipients = new[] { bCode } })).StatusCode);
        var waitingEnvelope = await ArrivalAsync(b, network.ProvinceCode, waiting);
        // Sent by B: A registers it, so B's record holds 01 and 03.
        var fromB = new OutgoingAgency(b);
        var sentByB = await network.IssueTopSecretAsync("V/v bàn giao hồ sơ địa chính", by: fromB);
        var sent = await b.PostJsonAsync(OutgoingAgency.Clerk, $"api/exchange/outgoing/{sentByB}", new { recipients = new[] { aCode } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var atA = await RegisterAsync(a, bCode, await ArrivalAsync(a, bCode, sentByB));
        Assert.True(await Eventually.TrueAsync(async () => Codes(await b.GetJsonAsync(OutgoingAgency.Clerk, $"api/exchange/outgoing/{sentByB}")).Contains("03")));

        var merge = new CentralMerge(await fixture.Clients.CentralAdminAsync());
        var page = await merge.PlanAsync([b.Tenant], c.Tenant);
        await merge.ApproveAsync(page);
        await merge.FinishedAsync(page);

        // B's waiting envelope is in C's queue; C's clerk registers it (opened with B's key, carried by the merge).
        var arrivals = await (await c.AsAsync(DemoAccounts.Clerk)).PageAsync($"{c.Tenant}/exchange/arrivals");
        Assert.StartsWith("Chờ vào sổ", arrivals.QuerySelector($"tr[data-envelope='{waitingEnvelope}'] .arrival-state")!.TextContent.Trim());
        var registered = await RegisterAsync(c, network.ProvinceCode, waitingEnvelope);
        Assert.Equal("V/v rà soát địa giới hành chính cấp xã", (await c.GetJsonAsync(DemoAccounts.Clerk, $"api/incoming/{registered}")).GetProperty("subject").GetString());
        // The province's record of it hears 03 from C, which answers for B.
        Assert.True(await Eventually.TrueAsync(async () => Codes((await network.ProgressAsync(waiting))[0]).Contains("03")));

        // A's progress on B's document reaches the record that moved to C, as B's clerk, confirmed in C, reads it.
        var movedSent = int.Parse(TenantStores.Rows(network.Server, c.Tenant,
            $"SELECT \"Id\" FROM \"OutgoingDocuments\" WHERE \"Origin\" = '{b.Tenant}:{sentByB}'").Single());
        var people = new MovedPeople(fixture, b, c);
        using var clerk = await people.ConfirmAsync(people.Carry(DemoAccounts.Clerk));
        Assert.Equal(["01", "03"], await CodesAsync(clerk, c.Tenant, movedSent));
        await DirectAsync(a, atA);
        Assert.True(await Eventually.TrueAsync(async () => (await CodesAsync(clerk, c.Tenant, movedSent)).Contains("04")));

        // Sent to B's code after the merge: made for C, in C's queue, nothing at B.
        var later = await network.IssueTopSecretAsync("V/v kiện toàn bộ máy sau sáp nhập");
        var toOld = await network.SendAsync(later, new { recipients = new[] { bCode } });
        Assert.True(toOld.StatusCode == HttpStatusCode.OK, await toOld.Content.ReadAsStringAsync());
        await ArrivalAsync(c, network.ProvinceCode, later);
        Assert.Equal(cCode, (await network.ProgressAsync(later))[0].GetProperty("agencyCode").GetString());
        Assert.DoesNotContain(TenantStores.Rows(network.Server, b.Tenant, "SELECT \"Envelope\" FROM \"ExchangeArrivals\""),
            e => e.Contains($"\"DocumentKey\":\"{later}\"", StringComparison.Ordinal));

        // The directory keeps B's code, told merged into C.
        var directory = await network.Province.Agency.GetJsonAsync(OutgoingAgency.Clerk, "api/exchange/directory");
        var listed = directory.EnumerateArray().Single(e => e.GetProperty("agencyCode").GetString() == bCode);
        Assert.Equal(cCode, listed.GetProperty("mergedInto").GetString());
        Assert.StartsWith("đã sáp nhập vào Ủy ban nhân dân xã", listed.GetProperty("note").GetString());
    }
}
