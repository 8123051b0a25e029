using System.Globalization;
using System.Net;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// A merge stopped on its page while documents move stays still — nothing more arrives in the target — until it is
/// resumed; then it ends as an uninterrupted merge does, every document once; both steps are in the central office's trail.
/// </summary>
[Trait("Database", "Both")]
public sealed class MergeStopTests
{
    private const int Documents = 150;

    [Fact]
    public async Task A_stopped_merge_moves_nothing_until_resumed_then_moves_every_document_once()
    {
        // Two documents a batch, so the merge is still moving documents when the stop arrives.
        await using var server = await PortalTestServer.StartAsync(settings: new Dictionary<string, string?> { ["Portal:Reorganisation:BatchSize"] = "2" });
        var errors = new List<string>();
        Assert.Equal(Documents, await new RegistrationSeed(server).RunAsync(Documents, errors));
        Assert.Empty(errors);
        // The department keeps dossiers and the register of state secrets: a target without them is refused by the plan.
        foreach (var feature in new[] { "Portal.Dossiers", "Portal.Secrets" })
            await server.Get<TenantAdministration>().EnableFeatureAsync(DemoAccounts.Ministry, feature, CancellationToken.None);
        server.Get<TenantHost>().Release(DemoAccounts.Ministry);
        var sourceIds = Stored(server, DemoAccounts.Department, "SELECT \"Id\" FROM \"IncomingDocuments\"")
            .Select(id => $"{DemoAccounts.Department}:{id}").Order().ToList();

        using var clients = new SignedInClients(server);
        var admin = await clients.CentralAdminAsync();
        var merge = new CentralMerge(admin);
        var page = await merge.PlanAsync([DemoAccounts.Department, DemoAccounts.Commune], DemoAccounts.Ministry);
        await merge.ApproveAsync(page);
        Assert.True(await Eventually.TrueAsync(() => Moved(server).Count > 0), "No document moved.");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, new Dictionary<string, string>(), "/stop")).StatusCode);
        Assert.Equal("Tạm dừng", (await merge.PageAsync(page)).QuerySelector("#state")!.TextContent.Trim());

        // The batch under way when the stop came may still land; after it, nothing.
        var held = await SettledAsync(server);
        Assert.InRange(held, 1, Documents - 1);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(held, Moved(server).Count);
        var stopped = await merge.PageAsync(page);
        Assert.Equal("Tạm dừng", stopped.QuerySelector("#state")!.TextContent.Trim());
        Assert.Equal(held.ToString(CultureInfo.InvariantCulture),
            stopped.QuerySelector($"#plan tr[data-source='{DemoAccounts.Department}'][data-kind='incoming'] .moved")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, new Dictionary<string, string>(), "/resume")).StatusCode);
        await merge.FinishedAsync(page);
        Assert.Equal(sourceIds, Moved(server).Order().ToList());
        Assert.Equal(["reorganisation.stopped", "reorganisation.resumed"], Stored(server, TenantRecord.DefaultName,
            "SELECT \"Action\" FROM \"AuditEntries\" WHERE \"Action\" IN ('reorganisation.stopped', 'reorganisation.resumed') ORDER BY \"Position\""));
    }

    /// <summary>How many documents the target holds once two readings a second apart agree.</summary>
    private static async Task<int> SettledAsync(PortalTestServer server)
    {
        var last = -1;
        while (true)
        {
            var now = Moved(server).Count;
            if (now == last)
                return now;
            last = now;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static List<string> Moved(PortalTestServer server) =>
        Stored(server, DemoAccounts.Ministry, "SELECT \"Origin\" FROM \"IncomingDocuments\" WHERE \"Origin\" IS NOT NULL");

    private static List<string> Stored(PortalTestServer server, string tenant, string sql) => TenantStores.Rows(server, tenant, sql);
}
