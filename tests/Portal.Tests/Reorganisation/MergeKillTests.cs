using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Files;
using Portal.Tests.Incoming;
using Portal.Tests.Resilience;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// `./portal tenant merge --approve` killed (SIGKILL) while documents move, then run again: it continues from its saved
/// cursors and the target ends as an uninterrupted merge leaves it — every document once, with its files, numbers and
/// access list — and the target's audit chain verifies.
/// </summary>
[Trait("Database", "Both")]
public sealed class MergeKillTests
{
    private static readonly string[] Sources = [DemoAccounts.Department, DemoAccounts.Commune];
    private static readonly Dictionary<string, string> SmallBatches = new() { ["Portal__Reorganisation__BatchSize"] = "3" };

    [Fact]
    public async Task A_merge_killed_midway_and_run_again_moves_every_document_once()
    {
        await using var scene = await HostScene.CreateAsync();
        await scene.StartAsync();
        for (var i = 0; i < 30; i++)
        {
            using var response = await scene.Clerk.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{HostScene.Tenant}/api/incoming")
            {
                Content = JsonContent.Create(RegistrationTests.Body(("numberSymbol", $"{i}/SN-KILL"))),
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            if (i % 5 == 0)
                await AttachmentUploads.AttachAsync(scene.Clerk, HostScene.Tenant, id, ($"Bản {i}.pdf", SampleFiles.Pdf));
        }
        await scene.Host.KillAsync();
        // The department keeps dossiers and the register of state secrets: a target without them is refused by the plan.
        foreach (var feature in new[] { "Portal.Dossiers", "Portal.Secrets" })
        {
            var enabled = await scene.Host.RunAsync(["tenant", "features", DemoAccounts.Ministry, "--enable", feature]);
            Assert.True(enabled.ExitCode == 0, enabled.Output);
        }
        string[] merge = ["tenant", "merge", "--from", string.Join(",", Sources), "--into", DemoAccounts.Ministry, "--approve"];

        await KillWhileDocumentsMoveAsync(scene, merge);
        Assert.NotEmpty(Stored(scene, DemoAccounts.Ministry, Moved));
        var again = await scene.Host.RunAsync(merge, SmallBatches);
        Assert.True(again.ExitCode == 0, again.Output);

        var before = Stored(scene, HostScene.Tenant, $"SELECT '{HostScene.Tenant}:' || d.\"Id\" || '|' || {Facts}");
        Assert.Equal(before.Order(), Stored(scene, DemoAccounts.Ministry, $"SELECT d.\"Origin\" || '|' || {Facts} WHERE d.\"Origin\" IS NOT NULL").Order());
        var verify = await scene.Host.RunAsync(["audit", "verify", "--tenant", DemoAccounts.Ministry]);
        Assert.True(verify.ExitCode == 0, verify.Output);
    }

    /// <summary>A document's number, symbol, files (count and bytes) and access list, as they read in either store.</summary>
    private const string Facts =
        "d.\"ArrivalNumber\" || '|' || d.\"NumberSymbol\" || '|' || " +
        "(SELECT COUNT(*) || ':' || COALESCE(SUM(a.\"Length\"), 0) FROM \"IncomingAttachments\" a WHERE a.\"DocumentId\" = d.\"Id\") || '|' || " +
        "(SELECT COUNT(*) FROM \"AccessEntries\" e WHERE e.\"ResourceKind\" = 'incoming' AND e.\"ResourceId\" = CAST(d.\"Id\" AS VARCHAR(20))) " +
        "FROM \"IncomingDocuments\" d";

    private const string Moved = "SELECT \"Origin\" FROM \"IncomingDocuments\" WHERE \"Origin\" IS NOT NULL";

    private static async Task KillWhileDocumentsMoveAsync(HostScene scene, string[] merge)
    {
        using var run = scene.Host.Begin(merge, SmallBatches);
        var drain = Task.WhenAll(run.StandardOutput.ReadToEndAsync(), run.StandardError.ReadToEndAsync());
        var clock = Stopwatch.StartNew();
        while (!run.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (Stored(scene, CentralOffice, "SELECT \"Moved\" FROM \"ReorganisationSteps\" WHERE \"Kind\" = 'incoming' AND \"Moved\" > 0")
                .Count > 0)
            {
                run.Kill(entireProcessTree: true);
                break;
            }
            await Task.Delay(20);
        }
        await run.WaitForExitAsync();
        var output = await drain;
        Assert.True(run.ExitCode != 0, "The merge finished before it could be killed: " + string.Join("\n", output));
    }

    private const string CentralOffice = "Default";

    private static List<string> Stored(HostScene scene, string tenant, string sql) =>
        TenantStores.Rows(scene.Host.Database, scene.Host.DataFolder, tenant, sql);
}
