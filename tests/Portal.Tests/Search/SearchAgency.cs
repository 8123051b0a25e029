using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;

namespace Portal.Tests.Search;

/// <summary>An agency whose clerk registers corpus documents through the API and whose people search through the API.</summary>
public sealed class SearchAgency(IncomingAgency agency)
{
    public IncomingAgency Agency { get; } = agency;
    public string Tenant => Agency.Tenant;
    public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

    public static async Task<SearchAgency> CreateAsync(PortalTestServer server, string stem) =>
        new(await IncomingAgency.CreateAsync(server, stem));

    /// <summary>Registers the documents in order; each is then submitted to <paramref name="leader"/> when one is named.</summary>
    public async Task RegisterAsync(IEnumerable<CorpusDocument> documents, string? leader = null)
    {
        foreach (var d in documents)
        {
            var response = await Agency.PostJsonAsync(DemoAccounts.Clerk, "api/incoming", new
            {
                Sender = d.Sender, NumberSymbol = d.Number, DocumentDate = d.Date, DocumentType = d.Type, Subject = d.Subject,
                Level = d.Level, Urgency = d.Urgency, PageCount = "2", CopyCount = "1", Notes = d.Notes,
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{d.Number}: {await response.Content.ReadAsStringAsync()}");
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            Ids[d.Number] = id;
            if (leader is not null)
            {
                var submitted = await Agency.PostJsonAsync(DemoAccounts.Clerk, $"api/incoming/{id}/submit", new { Leader = leader });
                Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
            }
        }
    }

    public Task<JsonElement> SearchAsync(string userName, string query) =>
        Agency.GetJsonAsync(userName, "api/search" + query);

    /// <summary>The numbers of the results of a box query, in order (one page of 100).</summary>
    public async Task<List<string>> NumbersAsync(string userName, string q)
    {
        var result = await SearchAsync(userName, "?pageSize=100&q=" + Uri.EscapeDataString(q));
        return result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("number").GetString()!).ToList();
    }

    public async Task<List<string>> SuggestAsync(string userName, string typed)
    {
        var words = await Agency.GetJsonAsync(userName, "api/search/suggest?q=" + Uri.EscapeDataString(typed));
        return words.EnumerateArray().Select(w => w.GetString()!).ToList();
    }
}
