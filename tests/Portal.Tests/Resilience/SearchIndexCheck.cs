using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Resilience;

/// <summary>
/// The search index after a restart, with the clients held back: once a search has opened it (rebuilt from
/// the database when a kill left it incomplete) and the tenant's outbox has been replayed, its entries are
/// exactly the tenant's documents, the API counts them all, and a document is found by its number. The
/// index is read from its folder (the last commit, as the next process would open it); the server only
/// serves the searches. Eventual: the replay runs after the restart, so it is given <see cref="Within"/>.
/// </summary>
public static class SearchIndexCheck
{
    public static readonly TimeSpan Within = TimeSpan.FromMinutes(2);

    public static string Folder(CrashScene scene) => Path.Combine(TenantFiles.Folder(scene.Host.DataFolder, scene.Tenant), "index", "search");

    /// <summary>The problems still there after <see cref="Within"/>; none once the index matches the database.</summary>
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(CrashScene scene, PortalClient clerk, int samples = 3)
    {
        var clock = Stopwatch.StartNew();
        List<string> problems;
        while (true)
        {
            problems = await ProblemsNowAsync(scene, clerk);
            if (problems.Count == 0 || clock.Elapsed > Within)
                break;
            await Task.Delay(200);
        }
        if (problems.Count > 0)
            return problems;
        var random = new Random();
        var stored = scene.Rows("SELECT \"Id\" || ' ' || \"NumberSymbol\" FROM \"IncomingDocuments\"").Select(r => r.Split(' ', 2)).ToList();
        foreach (var row in stored.OrderBy(_ => random.Next()).Take(samples))
        {
            var found = await SearchAsync(clerk, scene.Tenant, "number=" + Uri.EscapeDataString(row[1]));
            var ids = found.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
            if (!ids.Contains(row[0]))
                problems.Add($"searching number {row[1]} finds [{string.Join(", ", ids)}], not document {row[0]}");
        }
        return problems;
    }

    /// <summary>The incoming document ids the index holds in its last commit, and whether that commit is marked complete.</summary>
    public static (HashSet<string> Ids, bool Complete) Indexed(CrashScene scene)
    {
        var folder = Folder(scene);
        if (!System.IO.Directory.Exists(folder))
            return ([], false);
        using var directory = FSDirectory.Open(new DirectoryInfo(folder));
        if (!DirectoryReader.IndexExists(directory))
            return ([], false);
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is not null && !live.Get(i))
                continue;
            var key = reader.Document(i).Get("key");
            if (key is not null && key.StartsWith("incoming:", StringComparison.Ordinal))
                ids.Add(key["incoming:".Length..]);
        }
        return (ids, reader.IndexCommit.UserData.ContainsKey("portal.complete"));
    }

    private static async Task<List<string>> ProblemsNowAsync(CrashScene scene, PortalClient clerk)
    {
        // Opens the index (and rebuilds it when needed) and activates the tenant, whose outbox then replays.
        var total = (await SearchAsync(clerk, scene.Tenant, "pageSize=1")).GetProperty("total").GetInt32();
        var problems = new List<string>();
        var pending = scene.Rows("SELECT \"Topic\" || ' ' || \"Attempts\" || ' ' || \"LastError\" FROM \"OutboxMessages\"");
        if (pending.Count > 0)
            problems.Add($"{pending.Count} outbox messages not replayed yet, e.g. {pending[0]}");
        var stored = scene.Rows("SELECT \"Id\" FROM \"IncomingDocuments\"").ToHashSet(StringComparer.Ordinal);
        var (indexed, complete) = Indexed(scene);
        if (!complete)
            problems.Add("the index's last commit is not marked complete");
        var missing = stored.Where(id => !indexed.Contains(id)).ToList();
        var extra = indexed.Where(id => !stored.Contains(id)).ToList();
        if (missing.Count > 0)
            problems.Add($"{missing.Count} documents not in the index: {string.Join(", ", missing.Take(10))}");
        if (extra.Count > 0)
            problems.Add($"{extra.Count} index entries without a document: {string.Join(", ", extra.Take(10))}");
        if (total != stored.Count)
            problems.Add($"/api/search counts {total} documents, the database holds {stored.Count}");
        return problems;
    }

    private static async Task<JsonElement> SearchAsync(PortalClient clerk, string tenant, string query)
    {
        using var response = await clerk.GetAsync($"{tenant}/api/search?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/api/search?{query}: HTTP {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
