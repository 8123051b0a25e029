using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Resilience;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// Two `./portal tenant merge --approve` runs of the same merge at once: the second finds the first holding the merge's
/// lease (the first is frozen mid-run with SIGSTOP, so it surely still runs), says so and moves nothing; the first,
/// let go on, finishes with every document moved once, and gives the lease up.
/// </summary>
[Trait("Database", "Both")]
public sealed class ReorganisationLeaseTests
{
    private static readonly Dictionary<string, string> SmallBatches = new() { ["Portal__Reorganisation__BatchSize"] = "1" };

    [Fact]
    public async Task A_second_runner_is_told_the_merge_runs_elsewhere_and_every_document_moves_once()
    {
        await using var scene = await HostScene.CreateAsync();
        await scene.StartAsync();
        for (var i = 0; i < 30; i++)
        {
            using var response = await scene.Clerk.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{HostScene.Tenant}/api/incoming")
            {
                Content = JsonContent.Create(RegistrationTests.Body(("numberSymbol", $"{i}/SN-LEASE"))),
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        await scene.Host.KillAsync();
        foreach (var feature in new[] { "Portal.Dossiers", "Portal.Secrets" })
        {
            var enabled = await scene.Host.RunAsync(["tenant", "features", DemoAccounts.Ministry, "--enable", feature]);
            Assert.True(enabled.ExitCode == 0, enabled.Output);
        }
        string[] merge = ["tenant", "merge", "--from", HostScene.Tenant, "--into", DemoAccounts.Ministry, "--approve"];

        using var first = scene.Host.Begin(merge, SmallBatches);
        var drain = Task.WhenAll(first.StandardOutput.ReadToEndAsync(), first.StandardError.ReadToEndAsync());
        await MovingAsync(scene, first);
        Signal(first, "STOP");
        (int ExitCode, string Output) second;
        try
        {
            second = await scene.Host.RunAsync(merge, SmallBatches);
        }
        finally
        {
            Signal(first, "CONT");
        }
        await first.WaitForExitAsync();
        var output = string.Join("\n", await drain);

        Assert.True(second.ExitCode != 0, second.Output);
        Assert.Contains("đang chạy ở tiến trình khác", second.Output);
        Assert.True(first.ExitCode == 0, output);
        var source = Stored(scene, HostScene.Tenant, "SELECT '" + HostScene.Tenant + ":' || \"Id\" FROM \"IncomingDocuments\"");
        Assert.Equal(30, source.Count);
        Assert.Equal(source.Order(), Stored(scene, DemoAccounts.Ministry, "SELECT \"Origin\" FROM \"IncomingDocuments\" WHERE \"Origin\" IS NOT NULL").Order());
        Assert.Equal([""], Stored(scene, "Default", "SELECT \"LeaseHolder\" FROM \"Reorganisations\""));
    }

    /// <summary>Waits (a generous bound, no speed claim) until the run has moved a document and so holds the lease.</summary>
    private static async Task MovingAsync(HostScene scene, Process run)
    {
        var clock = Stopwatch.StartNew();
        while (Stored(scene, "Default", "SELECT \"Moved\" FROM \"ReorganisationSteps\" WHERE \"Kind\" = 'incoming' AND \"Moved\" > 0").Count == 0)
        {
            Assert.False(run.HasExited, "The merge ended before it moved a document.");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "The merge moved no document in three minutes.");
            await Task.Delay(20);
        }
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {process.Id}");
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static List<string> Stored(HostScene scene, string tenant, string sql) =>
        TenantStores.Rows(scene.Host.Database, scene.Host.DataFolder, tenant, sql);
}
