using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Exchange;

/// <summary>
/// A province and three communes under it, each a demo agency of its own (people of every role), all in
/// the central office's directory; and the province's way to issue a Tối mật document and send it.
/// </summary>
public sealed class ExchangeNetwork
{
    public const string Drafter = "phogiamdoc";

    private ExchangeNetwork(IncomingAgency province, string provinceCode, IReadOnlyList<(IncomingAgency Agency, string Code)> communes)
    {
        Province = new OutgoingAgency(province);
        ProvinceCode = provinceCode;
        Communes = communes;
    }

    public OutgoingAgency Province { get; }
    public string ProvinceCode { get; }
    public IReadOnlyList<(IncomingAgency Agency, string Code)> Communes { get; }
    public PortalTestServer Server => Province.Agency.Server;

    private static readonly SemaphoreSlim SharedLock = new(1, 1);
    private static (PortalTestServer Server, ExchangeNetwork Network)? _shared;

    /// <summary>One network per test server, made by the first test class that asks: making agencies costs seconds each.</summary>
    public static async Task<ExchangeNetwork> SharedAsync(PortalTestServer server)
    {
        await SharedLock.WaitAsync();
        try
        {
            if (_shared is not { } cached || cached.Server != server)
                _shared = cached = (server, await CreateAsync(server));
            return cached.Network;
        }
        finally
        {
            SharedLock.Release();
        }
    }

    /// <summary>A network of its own on the given server (a server with settings of its own).</summary>
    public static async Task<ExchangeNetwork> CreateAsync(PortalTestServer server)
    {
        var (province, provinceCode) = await AgencyAsync(server, "tinh", AgencyLevel.Province, null);
        var communes = new List<(IncomingAgency, string)>();
        foreach (var stem in new[] { "xa-a", "xa-b", "xa-c" })
            communes.Add(await AgencyAsync(server, stem, AgencyLevel.Commune, provinceCode));
        return new ExchangeNetwork(province, provinceCode, communes);
    }

    /// <summary>
    /// Drafted by the deputy director, reviewed by the director, checked, signed and issued: a Tối mật original (with the
    /// protection period written on it, when given), by the province or by <paramref name="by"/>.
    /// </summary>
    public async Task<int> IssueTopSecretAsync(string subject, string? protectionYears = null, OutgoingAgency? by = null)
    {
        var issuer = by ?? Province;
        var response = await issuer.Agency.PostJsonAsync(Drafter, "api/outgoing", OutgoingAgency.Draft(subject, "toi-mat", protectionYears));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await issuer.StepOkAsync(Drafter, id, "submit", new { next = OutgoingAgency.Signer });
        await issuer.StepOkAsync(OutgoingAgency.Signer, id, "approve", new { next = OutgoingAgency.Clerk });
        await issuer.StepOkAsync(OutgoingAgency.Clerk, id, "check",
            new { next = OutgoingAgency.Signer, place = "Nghệ An", title = "Chủ tịch", symbol = "UBND-VP" });
        await issuer.StepUpAsync(OutgoingAgency.Signer);
        await issuer.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        await issuer.StepOkAsync(OutgoingAgency.Clerk, id, "issue");
        return id;
    }

    /// <summary>One more commune, outside the province's group (its tests count the three), for a test that changes an agency's settings.</summary>
    public Task<(IncomingAgency Agency, string Code)> NewCommuneAsync() => AgencyAsync(Server, "xa-d", AgencyLevel.Commune, null);

    public Task<HttpResponseMessage> SendAsync(int documentId, object recipients, string userName = OutgoingAgency.Clerk) =>
        Province.Agency.PostJsonAsync(userName, $"api/exchange/outgoing/{documentId}", recipients);

    public async Task<JsonElement> ProgressAsync(int documentId) =>
        await Province.Agency.GetJsonAsync(OutgoingAgency.Clerk, $"api/exchange/outgoing/{documentId}");

    /// <summary>The audit actions written in a tenant, oldest first.</summary>
    public List<string> AuditActions(string tenant) =>
        TenantStores.Rows(Server, tenant, "SELECT \"Action\" FROM \"AuditEntries\" ORDER BY \"Position\"");

    private static async Task<(IncomingAgency, string)> AgencyAsync(PortalTestServer server, string stem, AgencyLevel level, string? parent)
    {
        var name = UniqueNames.Tenant(stem);
        var code = UniqueNames.AgencyCode();
        await server.Get<TenantAdministration>().CreateAsync(new TenantCreation(name,
            level == AgencyLevel.Province ? $"Ủy ban nhân dân tỉnh {name}" : $"Ủy ban nhân dân xã {name}", code, parent, level, "demo",
            "quantri", DemoAccounts.Password, "Quản trị"), CancellationToken.None);
        return (new IncomingAgency(server, name), code);
    }
}
