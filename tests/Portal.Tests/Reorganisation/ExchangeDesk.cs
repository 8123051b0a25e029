using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// What the reorganisation tests do and read at an agency's exchange desk: the envelope of a document as it arrived (waited
/// for, found once), registered by the clerk, and the status codes a sent record holds.
/// </summary>
public static class ExchangeDesk
{
    /// <summary>The status codes of a sending's progress (its first recipient's when it lists several).</summary>
    public static List<string?> Codes(JsonElement progress) =>
        (progress.ValueKind == JsonValueKind.Array ? progress[0] : progress).GetProperty("statuses").EnumerateArray()
            .Select(s => s.GetProperty("code").GetString()).ToList();

    /// <summary>The status codes of a sent document's record as <paramref name="reader"/> reads it at <paramref name="tenant"/>.</summary>
    public static async Task<List<string?>> CodesAsync(PortalClient reader, string tenant, int documentId)
    {
        var response = await reader.GetAsync($"{tenant}/api/exchange/outgoing/{documentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Codes(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The agency's clerk submits a registered document to the director, who directs it to the deputy: its sender hears 04.</summary>
    public static async Task DirectAsync(IncomingAgency agency, int documentId)
    {
        var submitted = await agency.PostJsonAsync(DemoAccounts.Clerk, $"api/incoming/{documentId}/submit", new { leader = DemoAccounts.Director });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var directed = await agency.PostJsonAsync(DemoAccounts.Director, $"api/incoming/{documentId}/direct",
            new { direction = "Giao phòng chủ trì.", leadHandler = "phogiamdoc" });
        Assert.True(directed.StatusCode == HttpStatusCode.OK, await directed.Content.ReadAsStringAsync());
    }

    /// <summary>The id of the one envelope of <paramref name="documentId"/> from <paramref name="senderCode"/> in the agency's arrivals, waited for.</summary>
    public static async Task<Guid> ArrivalAsync(IncomingAgency agency, string senderCode, int documentId)
    {
        var envelopeId = Guid.Empty;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            var rows = Envelopes(agency, senderCode, documentId);
            if (rows.Count == 1)
                envelopeId = JsonDocument.Parse(rows[0]).RootElement.GetProperty("Header").GetProperty("Id").GetGuid();
            return rows.Count == 1;
        }), $"no envelope of document {documentId} from {senderCode} at {agency.Tenant}");
        return envelopeId;
    }

    /// <summary>The envelopes of <paramref name="documentId"/> from <paramref name="senderCode"/> the agency holds, as stored.</summary>
    public static List<string> Envelopes(IncomingAgency agency, string senderCode, int documentId) =>
        TenantStores.Rows(agency.Server, agency.Tenant, $"SELECT \"Envelope\" FROM \"ExchangeArrivals\" WHERE \"SenderCode\" = '{senderCode}'")
            .Where(e => e.Contains($"\"DocumentKey\":\"{documentId}\"", StringComparison.Ordinal)).ToList();

    /// <summary>The agency's clerk registers the envelope; the new incoming document's id.</summary>
    public static async Task<int> RegisterAsync(IncomingAgency agency, string senderCode, Guid envelopeId)
    {
        var registered = await agency.PostJsonAsync(DemoAccounts.Clerk, $"api/exchange/arrivals/{senderCode}/{envelopeId}/register", new { });
        Assert.True(registered.StatusCode == HttpStatusCode.OK, await registered.Content.ReadAsStringAsync());
        return (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetInt32();
    }
}
