using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Exchange;

/// <summary>
/// After delivery, over real HTTP: each commune's clerk opens the province's Tối mật document (signatures
/// checked, the form filled from the envelope) and registers it once, with its PDF; the statuses of the
/// incoming document flow back to the province per recipient.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class ExchangeTrackingTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Each_commune_registers_the_document_once_from_its_envelope_with_the_pdf()
    {
        var network = await NetworkAsync();
        const string subject = "V/v triển khai phương án phòng thủ dân sự năm 2027";
        var id = await network.IssueTopSecretAsync(subject);
        var sent = await network.SendAsync(id, new { groups = new[] { $"truc-thuoc:{network.ProvinceCode}" } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());

        foreach (var (commune, _) in network.Communes)
        {
            var envelopeId = await ArrivedAsync(network, commune, id);
            var path = $"api/exchange/arrivals/{network.ProvinceCode}/{envelopeId}";
            var opened = await commune.GetJsonAsync(DemoAccounts.Clerk, path);
            var form = opened.GetProperty("form");
            Assert.Equal(subject, form.GetProperty("subject").GetString());
            Assert.Equal("toi-mat", form.GetProperty("level").GetString());
            Assert.Equal("khan", form.GetProperty("urgency").GetString());
            Assert.Equal("Công văn", form.GetProperty("documentType").GetString());
            Assert.StartsWith("Ủy ban nhân dân tỉnh", form.GetProperty("sender").GetString());
            Assert.Contains("exchange.opened", network.AuditActions(commune.Tenant));

            var registered = await commune.PostJsonAsync(DemoAccounts.Clerk, path + "/register", new { pageCount = "2" });
            Assert.True(registered.StatusCode == HttpStatusCode.OK, await registered.Content.ReadAsStringAsync());
            var documentId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetInt32();
            var again = await commune.PostJsonAsync(DemoAccounts.Clerk, path + "/register", new { });
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
            Assert.Contains("không vào sổ lại được", await again.Content.ReadAsStringAsync());

            var document = await commune.GetJsonAsync(DemoAccounts.Clerk, $"api/incoming/{documentId}");
            Assert.Equal(subject, document.GetProperty("subject").GetString());
            Assert.Contains("UBND-VP", document.GetProperty("numberSymbol").GetString());
            Assert.Single(TenantStores.Rows(network.Server, commune.Tenant, $"SELECT \"FileName\" FROM \"IncomingAttachments\" WHERE \"DocumentId\" = {documentId}"),
                f => f.EndsWith(".pdf", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.NotFound, (await (await commune.AsAsync(DemoAccounts.Officer)).GetAsync($"{commune.Tenant}/api/incoming/{documentId}")).StatusCode);
            Assert.Contains("exchange.registered", network.AuditActions(commune.Tenant));
            Assert.Contains("incoming.registered", network.AuditActions(commune.Tenant));
        }
    }

    [Fact]
    public async Task The_province_follows_the_communes_copy_from_registration_to_done()
    {
        var network = await NetworkAsync();
        var id = await network.IssueTopSecretAsync("V/v kiểm tra hệ thống thông tin cơ yếu năm 2027");
        var (commune, code) = network.Communes[1];
        var sent = await network.SendAsync(id, new { recipients = new[] { code } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var documentId = await RegisterAsync(network, commune, await ArrivedAsync(network, commune, id));
        await StepAsync(commune, DemoAccounts.Clerk, documentId, "submit", new { leader = DemoAccounts.Director });
        await StepAsync(commune, DemoAccounts.Director, documentId, "direct", new { direction = "Giao phòng chủ trì thực hiện.", leadHandler = "phogiamdoc" });
        await StepAsync(commune, "phogiamdoc", documentId, "start", new { });
        await StepAsync(commune, "phogiamdoc", documentId, "complete", new { result = "Đã kiểm tra, báo cáo kết quả." });

        JsonElement recipient = default;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            recipient = network.ProgressAsync(id).GetAwaiter().GetResult()[0];
            return recipient.GetProperty("latest").GetProperty("code").GetString() == "06";
        }), recipient.ToString());
        Assert.Equal(["01", "03", "04", "05", "06"], recipient.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal("Hoàn thành", recipient.GetProperty("latest").GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_province_recalls_the_document_and_every_commune_deletes_its_copy_and_confirms()
    {
        var network = await NetworkAsync();
        var id = await network.IssueTopSecretAsync("V/v điều chỉnh kế hoạch diễn tập khu vực phòng thủ");
        var sent = await network.SendAsync(id, new { groups = new[] { $"truc-thuoc:{network.ProvinceCode}" } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var copies = new List<(Portal.Tests.Incoming.IncomingAgency Commune, int DocumentId)>();
        foreach (var (commune, _) in network.Communes)
        {
            var documentId = await RegisterAsync(network, commune, await ArrivedAsync(network, commune, id));
            await StepAsync(commune, DemoAccounts.Clerk, documentId, "submit", new { leader = DemoAccounts.Director });
            copies.Add((commune, documentId));
        }
        var recallPath = $"api/exchange/outgoing/{id}/recall";
        Assert.Equal(HttpStatusCode.Forbidden, (await network.Province.Agency.PostJsonAsync(OutgoingAgency.Signer, recallPath, new { reason = "Sai sót" })).StatusCode);
        var withoutReason = await network.Province.Agency.PostJsonAsync(OutgoingAgency.Clerk, recallPath, new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("Nhập lý do thu hồi", await withoutReason.Content.ReadAsStringAsync());
        const string reason = "Văn bản ban hành sai thẩm quyền, thu hồi để ban hành lại.";
        var recalled = await network.Province.Agency.PostJsonAsync(OutgoingAgency.Clerk, recallPath, new { reason });
        Assert.True(recalled.StatusCode == HttpStatusCode.OK, await recalled.Content.ReadAsStringAsync());

        JsonElement progress = default;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            progress = network.ProgressAsync(id).GetAwaiter().GetResult();
            return progress.EnumerateArray().All(r => r.GetProperty("state").GetString() == "Đã thu hồi");
        }), progress.ToString());
        Assert.All(progress.EnumerateArray(), r => Assert.Equal(["01", "03", "13", "15"],
            r.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("code").GetString())));
        Assert.Contains("exchange.recall-sent", network.AuditActions(network.Province.Tenant));
        var again = await network.SendAsync(id, new { recipients = new[] { network.Communes[0].Code } });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đã bị thu hồi", await again.Content.ReadAsStringAsync());

        foreach (var (commune, documentId) in copies)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await (await commune.AsAsync(DemoAccounts.Director)).GetAsync($"{commune.Tenant}/api/incoming/{documentId}")).StatusCode);
            var entry = await commune.GetJsonAsync(DemoAccounts.Clerk, $"api/incoming/{documentId}");
            Assert.Equal("recalled", entry.GetProperty("status").GetString());
            Assert.Contains(reason, entry.GetProperty("timeline").EnumerateArray().Last().GetProperty("note").GetString());
            Assert.Empty(TenantStores.Rows(network.Server, commune.Tenant, $"SELECT \"FileId\" FROM \"IncomingAttachments\" WHERE \"DocumentId\" = {documentId}"));
            var audit = network.AuditActions(commune.Tenant);
            Assert.Contains("exchange.recalled", audit);
            Assert.Contains("incoming.recalled", audit);
        }
    }

    internal static async Task<int> RegisterAsync(ExchangeNetwork network, Portal.Tests.Incoming.IncomingAgency commune, Guid envelopeId)
    {
        var registered = await commune.PostJsonAsync(DemoAccounts.Clerk, $"api/exchange/arrivals/{network.ProvinceCode}/{envelopeId}/register", new { });
        Assert.True(registered.StatusCode == HttpStatusCode.OK, await registered.Content.ReadAsStringAsync());
        return (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetInt32();
    }

    private static async Task StepAsync(Portal.Tests.Incoming.IncomingAgency commune, string userName, int documentId, string step, object body)
    {
        var response = await commune.PostJsonAsync(userName, $"api/incoming/{documentId}/{step}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {await response.Content.ReadAsStringAsync()}");
    }

    internal static async Task<Guid> ArrivedAsync(ExchangeNetwork network, Portal.Tests.Incoming.IncomingAgency commune, int documentId)
    {
        var envelopeId = Guid.Empty;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            var rows = TenantStores.Rows(network.Server, commune.Tenant, "SELECT \"Envelope\" FROM \"ExchangeArrivals\"")
                .Where(e => e.Contains($"\"DocumentKey\":\"{documentId}\"", StringComparison.Ordinal) && e.Contains(network.ProvinceCode, StringComparison.Ordinal))
                .ToList();
            if (rows.Count == 1)
                envelopeId = JsonDocument.Parse(rows[0]).RootElement.GetProperty("Header").GetProperty("Id").GetGuid();
            return rows.Count == 1;
        }));
        return envelopeId;
    }

    private Task<ExchangeNetwork> NetworkAsync() => ExchangeNetwork.SharedAsync(fixture.Server);
}
