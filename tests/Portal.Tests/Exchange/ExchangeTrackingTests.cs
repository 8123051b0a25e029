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
    private static readonly SemaphoreSlim NetworkLock = new(1, 1);
    private static (PortalTestServer Server, ExchangeNetwork Network)? _network;

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

    private async Task<ExchangeNetwork> NetworkAsync()
    {
        await NetworkLock.WaitAsync();
        try
        {
            if (_network is not { } cached || cached.Server != fixture.Server)
                _network = cached = (fixture.Server, await ExchangeNetwork.CreateAsync(fixture.Server));
            return cached.Network;
        }
        finally
        {
            NetworkLock.Release();
        }
    }
}
