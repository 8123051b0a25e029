using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Dossiers;

/// <summary>A demo agency of its own (with the recipe's dossier catalogue), and the dossier API as each person calls it over HTTP.</summary>
public sealed class DossierAgency(IncomingAgency agency)
{
    public const string Clerk = DemoAccounts.Clerk;
    public const string Officer = DemoAccounts.Officer;
    public const string Archivist = "luutru";

    public IncomingAgency Agency { get; } = agency;
    public string Tenant => Agency.Tenant;

    public static async Task<DossierAgency> CreateAsync(PortalTestServer server, string stem) => new(await IncomingAgency.CreateAsync(server, stem));

    public async Task<int> EntryAsync(string code)
    {
        var entries = await Agency.GetJsonAsync(Clerk, "api/dossiers/catalogue");
        return entries.EnumerateArray().Single(e => e.GetProperty("code").GetString() == code).GetProperty("id").GetInt32();
    }

    public async Task<int> OpenAsync(string userName, string code)
    {
        var response = await Agency.PostJsonAsync(userName, "api/dossiers", new { catalogueEntryId = await EntryAsync(code) });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public Task<HttpResponseMessage> FileAsync(string userName, int dossierId, string kind, int documentId) =>
        Agency.PostJsonAsync(userName, $"api/dossiers/{dossierId}/documents", new { kind, documentId });

    public async Task<HttpResponseMessage> GetAsync(string userName, string path) =>
        await (await Agency.AsAsync(userName)).GetAsync($"{Tenant}/{path}");

    /// <summary>An incoming document registered by the clerk (who alone is on its access list) with that date and level.</summary>
    public Task<int> RegisterAsync(DateOnly date, string level = "mat", string subject = "V/v rà soát danh mục bí mật nhà nước năm 2026") =>
        Agency.RegisterAsync(IncomingAgency.Form(("DocumentDate", date.ToString("yyyy-MM-dd")), ("Level", level), ("Subject", subject)));

    public List<string> AuditActions(int dossierId) => TenantStores.Rows(Agency.Server, Tenant,
        $"SELECT \"Action\" FROM \"AuditEntries\" WHERE \"TargetKind\" = 'dossier' AND \"Action\" LIKE 'dossier.%' AND \"TargetId\" = '{dossierId}' ORDER BY \"Position\"");

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
}
