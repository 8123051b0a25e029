using System.Net;
using System.Text.Json;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Exchange;

/// <summary>
/// The central office (the Default tenant, served at "/") sends as the Government Office does: over real HTTP its
/// envelope reaches a commune, and the commune's automatic "01 arrived" comes back to the central office's own
/// node endpoint at the root, where its clerk sees it per recipient.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class CentralOfficeSendingTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_commune_acknowledges_the_central_offices_envelope_and_the_central_office_sees_it_arrived()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        var (commune, code) = await network.NewCommuneAsync();
        var (id, clerk) = await CentralOfficeDocument.IssueAsync(fixture.Server, "V/v kiểm tra công tác bảo vệ bí mật nhà nước năm 2027");
        using (clerk)
        {
            await CentralOfficeDocument.PostAsync(clerk, $"api/exchange/outgoing/{id}", new { recipients = new[] { code } });

            var envelopeId = Guid.Parse(TenantStores.Rows(fixture.Server, TenantRecord.DefaultName,
                $"SELECT \"EnvelopeId\" FROM \"ExchangeSendings\" WHERE \"DocumentId\" = {id}").Single());
            JsonElement queue = default;
            Assert.True(await Eventually.TrueAsync(() =>
            {
                queue = commune.GetJsonAsync(DemoAccounts.Clerk, "api/exchange/arrivals").GetAwaiter().GetResult();
                return queue.EnumerateArray().Any(a => a.GetProperty("envelopeId").GetGuid() == envelopeId);
            }), queue.ToString());

            JsonElement recipient = default;
            Assert.True(await Eventually.TrueAsync(() =>
            {
                recipient = ProgressAsync(clerk, id).GetAwaiter().GetResult().EnumerateArray().Single();
                return recipient.GetProperty("statuses").EnumerateArray().Any(s => s.GetProperty("code").GetString() == "01");
            }), recipient.ToString());
            Assert.Equal(code, recipient.GetProperty("agencyCode").GetString());
            Assert.Equal("Đã gửi", recipient.GetProperty("state").GetString());
            Assert.Equal("01", recipient.GetProperty("latest").GetProperty("code").GetString());
            Assert.Contains("exchange.status", network.AuditActions(TenantRecord.DefaultName));
            Assert.Contains("exchange.received", network.AuditActions(commune.Tenant));
            // The central office's own pages under a module's prefix are its, not a tenant's called "exchange".
            using var queuePage = await clerk.GetAsync("exchange/arrivals");
            Assert.Equal(HttpStatusCode.OK, queuePage.StatusCode);
        }
    }

    private static async Task<JsonElement> ProgressAsync(PortalClient clerk, int documentId)
    {
        using var response = await clerk.GetAsync($"api/exchange/outgoing/{documentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
