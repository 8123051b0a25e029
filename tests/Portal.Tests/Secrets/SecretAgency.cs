using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Settings;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Secrets;

/// <summary>A demo agency of its own, and the register and decisions API as each person calls it over HTTP.</summary>
public sealed class SecretAgency(IncomingAgency agency)
{
    public const string SecurityOfficer = "baomat";

    public IncomingAgency Agency { get; } = agency;
    public string Tenant => Agency.Tenant;

    public static async Task<SecretAgency> CreateAsync(PortalTestServer server, string stem) => new(await IncomingAgency.CreateAsync(server, stem));

    /// <summary>An incoming document registered by the clerk (alone on its access list) with that date, level and number.</summary>
    public Task<int> RegisterAsync(DateOnly date, string level, string number) =>
        Agency.RegisterAsync(IncomingAgency.Form(("DocumentDate", date.ToString("yyyy-MM-dd")), ("Level", level), ("NumberSymbol", number)));

    public async Task<JsonElement[]> RegisterRowsAsync(string userName, string query = "") =>
        (await Agency.GetJsonAsync(userName, "api/secrets/register" + query)).EnumerateArray().ToArray();

    /// <summary>The document's line as the clerk who registered it (on its access list) sees it.</summary>
    public async Task<JsonElement> EntryAsync(string kind, int documentId) =>
        (await RegisterRowsAsync(DemoAccounts.Clerk)).Single(r => r.GetProperty("kind").GetString() == kind && r.GetProperty("documentId").GetInt32() == documentId);

    public Task<HttpResponseMessage> DecideAsync(string userName, int documentId, object decision) =>
        Agency.PostJsonAsync(userName, $"api/secrets/incoming/{documentId}/decisions", decision);

    public Task SetAsync(string key, string value) => RunAsync(s => s.GetRequiredService<ITenantSettings>().SetAsync(key, value));

    /// <summary>Puts the person on the document's access list by a recorded grant.</summary>
    public async Task GrantAsync(int documentId, string userName) => await RunAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<PortalUser>>();
        var grantee = (await users.FindByNameAsync(userName))!.Id;
        var grantor = (await users.FindByNameAsync(DemoAccounts.Clerk))!.Id;
        await s.GetRequiredService<IAccessList>().AddAsync(new AccessEntrySpec(new ResourceRef("incoming", documentId.ToString()), grantee,
            AccessPosition.Grant, "Phối hợp rà soát theo kế hoạch", grantor));
    });

    /// <summary>Takes the person's grant on the document back.</summary>
    public async Task RevokeAsync(int documentId, string userName) => await RunAsync(async s =>
    {
        var user = (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!;
        await s.GetRequiredService<IAccessList>().RemoveAsync(new ResourceRef("incoming", documentId.ToString()), user.Id, AccessPosition.Grant);
    });

    public List<string> AuditActions(int documentId) => TenantStores.Rows(Agency.Server, Tenant,
        $"SELECT \"Action\" FROM \"AuditEntries\" WHERE \"TargetKind\" = 'incoming' AND \"Action\" LIKE 'secret.%' AND \"TargetId\" = '{documentId}' ORDER BY \"Position\"");

    private async Task RunAsync(Func<IServiceProvider, Task> work)
    {
        var host = Agency.Server.Get<TenantHost>();
        await host.RunAsync((await host.ActivateAsync(Tenant))!, async s =>
        {
            await work(s);
            return true;
        });
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString()!;
}
