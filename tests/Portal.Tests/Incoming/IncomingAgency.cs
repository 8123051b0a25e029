using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Incoming;

/// <summary>
/// A fresh agency set up from the demo recipe (a user of every role, the incoming register and the
/// hand-over book) on the shared server, with its people signed in once each.
/// </summary>
public sealed class IncomingAgency(PortalTestServer server, string tenant)
{
    private readonly SignedInClients _clients = new(server);

    public string Tenant { get; } = tenant;
    public PortalTestServer Server { get; } = server;

    public static async Task<IncomingAgency> CreateAsync(PortalTestServer server, string stem)
    {
        var tenant = UniqueNames.Tenant(stem);
        await server.CreateTenantAsync(tenant, recipe: "demo");
        return new IncomingAgency(server, tenant);
    }

    public Task<PortalClient> AsAsync(string userName) => _clients.GetAsync(Tenant, userName, DemoAccounts.Password);

    /// <summary>A complete, valid registration as the form sends it; <paramref name="changes"/> overrides fields.</summary>
    public static Dictionary<string, string> Form(params (string Key, string Value)[] changes)
    {
        var values = new Dictionary<string, string>
        {
            ["Sender"] = "Ủy ban nhân dân tỉnh Nghệ An",
            ["NumberSymbol"] = $"{Random.Shared.Next(1, 9999)}/UBND-NC",
            ["DocumentDate"] = DateTime.UtcNow.AddHours(7).AddDays(-2).ToString("yyyy-MM-dd"),
            ["DocumentType"] = "Công văn",
            ["Subject"] = "V/v rà soát danh mục bí mật nhà nước năm 2026",
            ["Level"] = "mat",
            ["Urgency"] = "khan",
            ["PageCount"] = "3",
            ["CopyCount"] = "2",
            ["next"] = "false",
        };
        foreach (var (key, value) in changes)
            values[key] = value;
        return values;
    }

    /// <summary>Registers through the form as the clerk; returns the new document's id.</summary>
    public async Task<int> RegisterAsync(Dictionary<string, string> form)
    {
        var clerk = await AsAsync(DemoAccounts.Clerk);
        var response = await clerk.SubmitAsync($"{Tenant}/incoming/new", form, "/incoming/new");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Registration refused: {string.Join(" | ", Pages.FormErrors(await PortalClient.ParseAsync(response)))}");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Submits a step's form on the document's page as that person; returns the page shown afterwards.</summary>
    public async Task<AngleSharp.Dom.IDocument> StepAsync(string userName, int id, string step, Dictionary<string, string> values)
    {
        var client = await AsAsync(userName);
        var response = await client.SubmitAsync($"{Tenant}/incoming/{id}", values, $"/incoming/{id}/{step}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.PageAsync(response.Headers.Location!.OriginalString);
    }

    public async Task<HttpResponseMessage> PostJsonAsync(string userName, string path, object body)
    {
        var client = await AsAsync(userName);
        return await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{Tenant}/{path}") { Content = JsonContent.Create(body) });
    }

    public async Task<JsonElement> GetJsonAsync(string userName, string path)
    {
        var client = await AsAsync(userName);
        var response = await client.GetAsync($"{Tenant}/{path}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The arrival numbers in the tenant's store, as an insider reading the table would see them.</summary>
    public List<int> StoredNumbers() =>
        TenantStores.Rows(Server, Tenant, "SELECT \"ArrivalNumber\" FROM \"IncomingDocuments\"").Select(int.Parse).ToList();
}
