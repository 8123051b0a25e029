using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Exchange.Sending;
using Portal.Testing;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Exchange;

/// <summary>
/// A province sends an issued Tối mật document to its three communes over real HTTP between the nodes'
/// endpoints: the directory resolves the group, each commune accepts its own envelope and acknowledges it
/// (01), the province sees it per recipient; and an attacker holding a node credential gets nothing in
/// with a replayed, misaddressed or altered envelope.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class ExchangeDeliveryTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task The_directory_gives_the_communes_under_the_province_and_refuses_an_unknown_group()
    {
        var network = await NetworkAsync();
        var children = await network.Province.Agency.GetJsonAsync(DemoAccounts.Clerk, $"api/exchange/directory?group=truc-thuoc:{network.ProvinceCode}");
        Assert.Equal(network.Communes.Select(c => c.Code).Order(), children.EnumerateArray().Select(a => a.GetProperty("agencyCode").GetString()).Order());
        var (commune, code) = network.Communes[0];
        var provinces = (await commune.GetJsonAsync(DemoAccounts.Clerk, "api/exchange/directory?group=tat-ca-tinh")).EnumerateArray()
            .Select(a => a.GetProperty("agencyCode").GetString()).ToList();
        Assert.Contains(network.ProvinceCode, provinces);
        Assert.DoesNotContain(code, provinces);
        var everyone = (await commune.GetJsonAsync(DemoAccounts.Clerk, "api/exchange/directory?group=tat-ca")).EnumerateArray()
            .Select(a => a.GetProperty("agencyCode").GetString()).ToList();
        Assert.Contains(network.Communes[1].Code, everyone);
        Assert.DoesNotContain(code, everyone);

        var unknown = await (await commune.AsAsync(DemoAccounts.Clerk)).GetAsync($"{commune.Tenant}/api/exchange/directory?group=tat-ca-huyen");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Không có nhóm cơ quan 'tat-ca-huyen' trong danh bạ liên thông.",
            (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_top_secret_document_reaches_each_commune_once_and_the_province_sees_each_arrival()
    {
        var network = await NetworkAsync();
        const string subject = "V/v phương án bảo vệ mục tiêu trọng yếu năm 2027";
        var id = await network.IssueTopSecretAsync(subject);

        var byDirector = await network.SendAsync(id, new { groups = new[] { $"truc-thuoc:{network.ProvinceCode}" } }, OutgoingAgency.Signer);
        Assert.Equal(HttpStatusCode.Forbidden, byDirector.StatusCode);
        var sent = await network.SendAsync(id, new { groups = new[] { $"truc-thuoc:{network.ProvinceCode}" } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());

        JsonElement progress = default;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            progress = network.ProgressAsync(id).GetAwaiter().GetResult();
            return progress.EnumerateArray().All(r => r.GetProperty("statuses").EnumerateArray().Any(s => s.GetProperty("code").GetString() == "01"));
        }), progress.ToString());
        Assert.Equal(network.Communes.Select(c => c.Code).Order(), progress.EnumerateArray().Select(r => r.GetProperty("agencyCode").GetString()).Order());
        Assert.All(progress.EnumerateArray(), r => Assert.Equal("Đã gửi", r.GetProperty("state").GetString()));

        foreach (var (commune, _) in network.Communes)
        {
            var envelopes = TenantStores.Rows(network.Server, commune.Tenant, "SELECT \"Envelope\" FROM \"ExchangeArrivals\"");
            var envelope = Assert.Single(envelopes, e => e.Contains($"\"DocumentKey\":\"{id}\"", StringComparison.Ordinal)
                && e.Contains(network.ProvinceCode, StringComparison.Ordinal));
            // The subject may itself be secret: it travels sealed, never in the header a relaying node could read.
            var metadata = JsonDocument.Parse(envelope).RootElement.GetProperty("Header").GetProperty("Metadata").GetString()!;
            Assert.Contains("UBND-VP", metadata);
            Assert.DoesNotContain("mục tiêu trọng yếu", metadata);
            Assert.Contains("exchange.received", network.AuditActions(commune.Tenant));
        }
        var provinceAudit = network.AuditActions(network.Province.Tenant);
        Assert.Contains("exchange.sent", provinceAudit);
        Assert.Contains("exchange.status", provinceAudit);
        Assert.Equal("3", TenantStores.Rows(network.Server, network.Province.Tenant, "SELECT count(*) FROM \"ExchangeStatuses\" s JOIN \"ExchangeSendings\" e"
            + $" ON s.\"EnvelopeId\" = e.\"EnvelopeId\" WHERE e.\"DocumentId\" = {id} AND s.\"Code\" = '01'").Single());

        var again = await network.SendAsync(id, new { groups = new[] { $"truc-thuoc:{network.ProvinceCode}" } });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("chưa được gửi văn bản này", await again.Content.ReadAsStringAsync());
        var outsider = await (await network.Province.Agency.AsAsync("chuyenvien2")).GetAsync($"{network.Province.Tenant}/api/exchange/outgoing/{id}");
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }

    [Fact]
    public async Task The_clerk_refuses_an_arrival_with_a_reason_and_the_province_sees_02_with_it()
    {
        var network = await NetworkAsync();
        var id = await network.IssueTopSecretAsync("V/v rà soát hồ sơ mật lưu trữ năm 2026");
        var (commune, code) = network.Communes[2];
        var sent = await network.SendAsync(id, new { recipients = new[] { code } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var envelopeId = await ExchangeTrackingTests.ArrivedAsync(network, commune, id);
        var queue = await commune.GetJsonAsync(DemoAccounts.Clerk, "api/exchange/arrivals");
        var line = Assert.Single(queue.EnumerateArray(), a => a.GetProperty("envelopeId").GetGuid() == envelopeId);
        Assert.Equal("Chờ vào sổ", line.GetProperty("state").GetString());
        Assert.Equal(2, line.GetProperty("level").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await commune.AsAsync(DemoAccounts.Officer)).GetAsync($"{commune.Tenant}/api/exchange/arrivals")).StatusCode);

        var path = $"api/exchange/arrivals/{network.ProvinceCode}/{envelopeId}/refuse";
        var withoutReason = await commune.PostJsonAsync(DemoAccounts.Clerk, path, new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("Nhập lý do từ chối", await withoutReason.Content.ReadAsStringAsync());
        const string reason = "Văn bản gửi nhầm cơ quan, không thuộc thẩm quyền của xã.";
        Assert.Equal(HttpStatusCode.NoContent, (await commune.PostJsonAsync(DemoAccounts.Clerk, path, new { reason })).StatusCode);
        var twice = await commune.PostJsonAsync(DemoAccounts.Clerk, path, new { reason });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await commune.PostJsonAsync(DemoAccounts.Clerk, $"api/exchange/arrivals/{network.ProvinceCode}/{Guid.NewGuid()}/refuse", new { reason })).StatusCode);
        Assert.Equal("exchange.clerk-refused", network.AuditActions(commune.Tenant).Last());

        JsonElement progress = default;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            progress = network.ProgressAsync(id).GetAwaiter().GetResult();
            return progress[0].GetProperty("state").GetString() == "Bị từ chối";
        }), progress.ToString());
        var refusal = Assert.Single(progress[0].GetProperty("statuses").EnumerateArray(), s => s.GetProperty("code").GetString() == "02");
        Assert.Equal(reason, refusal.GetProperty("note").GetString());
        Assert.Equal("Từ chối tiếp nhận", refusal.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Replayed_misaddressed_and_altered_envelopes_register_nothing_and_are_audited()
    {
        var network = await NetworkAsync();
        var id = await network.IssueTopSecretAsync("V/v kiểm tra công tác bảo vệ bí mật nhà nước quý I");
        var (first, firstCode) = network.Communes[0];
        var (second, _) = network.Communes[1];
        var sent = await network.SendAsync(id, new { recipients = new[] { firstCode } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var row = TenantStores.Rows(network.Server, network.Province.Tenant,
            $"SELECT \"Envelope\" || '|' || \"ContentId\" FROM \"ExchangeSendings\" WHERE \"DocumentId\" = {id}").Single();
        var envelope = row[..row.LastIndexOf('|')];
        var envelopeId = JsonDocument.Parse(envelope).RootElement.GetProperty("Header").GetProperty("Id").GetGuid();
        var content = await File.ReadAllBytesAsync(Path.Combine(TenantFiles.Folder(network.Server.DataFolder, network.Province.Tenant), "exchange", "sent",
            $"{Guid.Parse(row[(row.LastIndexOf('|') + 1)..]):N}.bin"));
        Assert.True(await Eventually.TrueAsync(() => Arrivals(network, first.Tenant, envelopeId) == 1));

        var replayed = await PostAsync(network, first.Tenant, envelope, content);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("đã được tiếp nhận trước đó", await replayed.Content.ReadAsStringAsync());
        Assert.Equal(1, Arrivals(network, first.Tenant, envelopeId));
        Assert.Equal("exchange.replayed", network.AuditActions(first.Tenant).Last());

        var misaddressed = await PostAsync(network, second.Tenant, envelope, content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, misaddressed.StatusCode);
        Assert.Contains("không gửi cho cơ quan này", await misaddressed.Content.ReadAsStringAsync());
        Assert.Equal(0, Arrivals(network, second.Tenant, envelopeId));
        Assert.Equal("exchange.refused", network.AuditActions(second.Tenant).Last());

        var altered = JsonNode.Parse(envelope)!;
        altered["Header"]!["Metadata"] = altered["Header"]!["Metadata"]!.GetValue<string>().Replace("UBND-VP", "UBND-VP-SUA", StringComparison.Ordinal);
        var alteredMetadata = await PostAsync(network, first.Tenant, altered.ToJsonString(), content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, alteredMetadata.StatusCode);
        Assert.Contains("đã bị thay đổi sau khi gửi", await alteredMetadata.Content.ReadAsStringAsync());

        var flipped = (byte[])content.Clone();
        flipped[flipped.Length / 2] ^= 0x01;
        var alteredContent = await PostAsync(network, first.Tenant, envelope, flipped);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, alteredContent.StatusCode);
        Assert.Contains("đã bị thay đổi sau khi gửi", await alteredContent.Content.ReadAsStringAsync());
        Assert.Equal(1, Arrivals(network, first.Tenant, envelopeId));
        Assert.Equal(2, network.AuditActions(first.Tenant).TakeLast(2).Count(a => a == "exchange.refused"));

        using var anonymous = new HttpClient { BaseAddress = network.Server.BaseAddress };
        using var unauthenticated = new HttpRequestMessage(HttpMethod.Post, $"{first.Tenant}/exchange/envelopes") { Content = new ByteArrayContent(content) };
        unauthenticated.Headers.Add(HttpEnvelopeCourier.EnvelopeHeader, Convert.ToBase64String(Encoding.UTF8.GetBytes(envelope)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(unauthenticated)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_commune_leaves_its_envelope_pending_and_gets_it_once_enabled_again()
    {
        var network = await NetworkAsync();
        var id = await network.IssueTopSecretAsync("V/v bảo đảm an toàn thông tin mạng dịp Tết");
        var (commune, code) = network.Communes[1];
        var administration = network.Server.Get<Portal.Core.Tenancy.TenantAdministration>();
        await administration.DisableAsync(commune.Tenant, CancellationToken.None);
        JsonElement pending;
        try
        {
            var sent = await network.SendAsync(id, new { recipients = new[] { code } });
            Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
            // Delivery runs after the request answered: the first attempt's answer shows beside the pending recipient.
            pending = (await network.ProgressAsync(id))[0];
            var attempted = Stopwatch.StartNew();
            while (pending.GetProperty("lastError").ValueKind == JsonValueKind.Null && attempted.Elapsed < Eventually.Limit)
            {
                await Task.Delay(100);
                pending = (await network.ProgressAsync(id))[0];
            }
        }
        finally
        {
            await administration.EnableAsync(commune.Tenant, CancellationToken.None);
        }
        Assert.Equal("Đang chờ gửi", pending.GetProperty("state").GetString());
        var lastError = pending.GetProperty("lastError").GetString();
        Assert.Contains("404", lastError);
        Assert.DoesNotContain("<", lastError);

        // The outbox retries with backoff on its sweep (every 30 s): a bound of a few sweeps, no speed claim.
        var retried = Stopwatch.StartNew();
        JsonElement progress;
        do
        {
            await Task.Delay(500);
            progress = (await network.ProgressAsync(id))[0];
        }
        while (progress.GetProperty("state").GetString() != "Đã gửi" && retried.Elapsed < TimeSpan.FromMinutes(3));
        Assert.Equal("Đã gửi", progress.GetProperty("state").GetString());
        var envelopeId = JsonDocument.Parse(TenantStores.Rows(network.Server, network.Province.Tenant,
            $"SELECT \"Envelope\" FROM \"ExchangeSendings\" WHERE \"DocumentId\" = {id}").Single()).RootElement.GetProperty("Header").GetProperty("Id").GetGuid();
        Assert.Equal(1, Arrivals(network, commune.Tenant, envelopeId));
    }

    private Task<ExchangeNetwork> NetworkAsync() => ExchangeNetwork.SharedAsync(fixture.Server);

    private static async Task<HttpResponseMessage> PostAsync(ExchangeNetwork network, string tenant, string envelope, byte[] content)
    {
        using var http = new HttpClient { BaseAddress = network.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{tenant}/exchange/envelopes") { Content = new ByteArrayContent(content) };
        request.Headers.Add(HttpEnvelopeCourier.EnvelopeHeader, Convert.ToBase64String(Encoding.UTF8.GetBytes(envelope)));
        request.Headers.Add(NodeCredential.Header, network.Server.Get<NodeCredential>().For(envelope));
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static int Arrivals(ExchangeNetwork network, string tenant, Guid envelopeId) =>
        int.Parse(TenantStores.Rows(network.Server, tenant, $"SELECT count(*) FROM \"ExchangeArrivals\" WHERE \"Envelope\" LIKE '%{envelopeId}%'").Single());
}
