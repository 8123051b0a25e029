using System.Net;
using Portal.Testing;
using Portal.Tests.Exchange;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;
using static Portal.Tests.Reorganisation.ExchangeDesk;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// Exchange across a split of commune A into B (main successor: the clerk's office) and C (the drafter's unit), over real
/// HTTP between agencies of one node: the document A sent to the province goes with its drafter to C, its envelope and
/// statuses with it, nothing of it in B; the province's envelope A had not registered waits in B's queue and is registered
/// there once; an envelope sent to A's code after the split reaches B; the texts say the split, not a merge.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class ExchangeSplitTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Sent_records_follow_their_documents_and_the_main_successor_takes_the_queue_and_the_code()
    {
        var network = await ExchangeNetwork.CreateAsync(fixture.Server);
        var province = network.Province.Agency;
        var (a, aCode) = network.Communes[0];
        var (b, bCode) = network.Communes[1];
        var (c, _) = network.Communes[2];

        // Sent by A: drafted by its officer (unit TCCB, which goes to C), registered by the province, so A's record holds 01 and 03.
        var fromA = new OutgoingAgency(a);
        var sentByA = await fromA.AwaitingSignatureAsync(OutgoingAgency.Draft("V/v bàn giao hồ sơ cán bộ phòng Tổ chức"));
        await fromA.StepUpAsync(OutgoingAgency.Signer);
        await fromA.StepOkAsync(OutgoingAgency.Signer, sentByA, "sign");
        await fromA.StepOkAsync(OutgoingAgency.Clerk, sentByA, "issue");
        var sent = await a.PostJsonAsync(OutgoingAgency.Clerk, $"api/exchange/outgoing/{sentByA}", new { recipients = new[] { network.ProvinceCode } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var atProvince = await RegisterAsync(province, aCode, await ArrivalAsync(province, aCode, sentByA));
        Assert.True(await Eventually.TrueAsync(async () => Codes(await a.GetJsonAsync(OutgoingAgency.Clerk, $"api/exchange/outgoing/{sentByA}")).Contains("03")));
        // In flight at A: the province's envelope, not registered yet.
        var waiting = await network.IssueTopSecretAsync("V/v sắp xếp đơn vị hành chính cấp xã");
        Assert.Equal(HttpStatusCode.OK, (await network.SendAsync(waiting, new { recipients = new[] { aCode } })).StatusCode);
        var waitingEnvelope = await ArrivalAsync(a, network.ProvinceCode, waiting);

        var split = new CentralMerge(await fixture.Clients.CentralAdminAsync());
        var page = await split.SplitAsync(a.Tenant, [b.Tenant, c.Tenant], $"{b.Tenant}:VP,TTr;{c.Tenant}:TCCB,CCHC", b.Tenant);
        await split.ApproveAsync(page);
        await split.FinishedAsync(page);

        // The sent document and its record are in C, read there by its drafter, confirmed by C's admin; B holds nothing of them.
        var movedSent = int.Parse(Rows(c.Tenant, $"SELECT \"Id\" FROM \"OutgoingDocuments\" WHERE \"Origin\" = '{a.Tenant}:{sentByA}'").Single());
        Assert.Equal([network.ProvinceCode], Rows(c.Tenant, "SELECT \"RecipientCode\" FROM \"ExchangeSendings\""));
        Assert.Empty(Rows(b.Tenant, "SELECT \"Origin\" FROM \"OutgoingDocuments\" WHERE \"Origin\" IS NOT NULL"));
        Assert.Empty(Rows(b.Tenant, "SELECT \"RecipientCode\" FROM \"ExchangeSendings\""));
        var people = new MovedPeople(fixture, a, c);
        using var drafter = await people.ConfirmAsync(people.Carry(OutgoingAgency.Officer));
        Assert.Equal(["01", "03"], await CodesAsync(drafter, c.Tenant, movedSent));
        Assert.Contains(Rows(c.Tenant, $"SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'exchange.moved-in' AND \"TargetId\" = '{movedSent}'"),
            d => d.StartsWith($"Chuyển từ {a.Tenant} khi chia tách: 1 phong bì đã gửi", StringComparison.Ordinal));

        // The province's progress on it (directed there) reaches C's record, though A's code now leads to B.
        await DirectAsync(province, atProvince);
        Assert.True(await Eventually.TrueAsync(async () => (await CodesAsync(drafter, c.Tenant, movedSent)).Contains("04")));

        // The waiting envelope is in B's queue, not C's; B's clerk registers it once, and the province hears 03 from B.
        var queue = await (await b.AsAsync(DemoAccounts.Clerk)).PageAsync($"{b.Tenant}/exchange/arrivals");
        Assert.StartsWith("Chờ vào sổ", queue.QuerySelector($"tr[data-envelope='{waitingEnvelope}'] .arrival-state")!.TextContent.Trim());
        Assert.Empty(Envelopes(c, network.ProvinceCode, waiting));
        Assert.Null((await (await c.AsAsync(DemoAccounts.Clerk)).PageAsync($"{c.Tenant}/exchange/arrivals"))
            .QuerySelector($"tr[data-envelope='{waitingEnvelope}']"));
        var registered = await RegisterAsync(b, network.ProvinceCode, waitingEnvelope);
        Assert.Equal("V/v sắp xếp đơn vị hành chính cấp xã", (await b.GetJsonAsync(DemoAccounts.Clerk, $"api/incoming/{registered}")).GetProperty("subject").GetString());
        Assert.True(await Eventually.TrueAsync(async () => Codes(await network.ProgressAsync(waiting)).Contains("03")));
        Assert.Single(Envelopes(b, network.ProvinceCode, waiting));
        Assert.Single(Rows(b.Tenant, $"SELECT \"Id\" FROM \"IncomingDocuments\" WHERE \"Subject\" = 'V/v sắp xếp đơn vị hành chính cấp xã'"));
        Assert.Equal(["01", "03"], Codes(await network.ProgressAsync(waiting)));

        // Sent to A's code after the split: made for B, in B's queue once, nothing at C nor in A's archive.
        var later = await network.IssueTopSecretAsync("V/v kiện toàn bộ máy sau chia tách");
        var toOld = await network.SendAsync(later, new { recipients = new[] { aCode } });
        Assert.True(toOld.StatusCode == HttpStatusCode.OK, await toOld.Content.ReadAsStringAsync());
        await ArrivalAsync(b, network.ProvinceCode, later);
        Assert.Equal(bCode, (await network.ProgressAsync(later))[0].GetProperty("agencyCode").GetString());
        Assert.Empty(Envelopes(c, network.ProvinceCode, later));
        Assert.Empty(Envelopes(a, network.ProvinceCode, later));

        // A's code leads to B, listed as split, not merged; A's archive names the split in its redirect and its seal.
        var directory = await province.GetJsonAsync(OutgoingAgency.Clerk, "api/exchange/directory");
        var listed = directory.EnumerateArray().Single(e => e.GetProperty("agencyCode").GetString() == aCode);
        Assert.Equal(bCode, listed.GetProperty("mergedInto").GetString());
        Assert.StartsWith("đã chia tách; liên thông chuyển về ", listed.GetProperty("note").GetString());
        Assert.EndsWith($"({bCode})", listed.GetProperty("note").GetString());
        Assert.Equal([$"Mã định danh {aCode} chuyển hướng liên thông sang {b.Tenant} (khi chia tách)"],
            Rows(a.Tenant, "SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'exchange.redirected'"));
        Assert.Equal([$"Niêm phong nhật ký khi chia tách, cơ quan kế thừa chính {b.Tenant}"],
            Rows(a.Tenant, "SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'audit.sealed'"));
    }

    private List<string> Rows(string tenant, string sql) => TenantStores.Rows(fixture.Server, tenant, sql);
}
