using System.Net;
using System.Security.Cryptography;
using Portal.Testing;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Resilience;

/// <summary>
/// Fault injection: a real server process registers documents and takes attachments from concurrent
/// clients while it is killed (SIGKILL) several times at random moments. After each kill the vault is
/// swept and every <see cref="StoreChecks"/> must hold; after each restart every confirmed upload
/// downloads as the bytes that were sent.
/// </summary>
[Trait("Database", "Both")]
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const string Tenant = HostScene.Tenant;
    private const int Kills = 4;

    [Fact]
    public async Task Killing_the_server_during_registrations_and_uploads_loses_nothing_confirmed_and_leaves_nothing_half_done()
    {
        await using var scene = await HostScene.CreateAsync();
        var host = scene.Host;
        var ledger = new CrashLedger();
        await scene.StartAsync();
        var clerk = scene.Clerk;
        var load = new CrashLoad(host, Tenant, clerk, ledger);
        await RegisterTargetsAsync(clerk, load, ledger);
        load.Start(registering: 3, uploading: 2, await CrashLoad.AntiforgeryTokenAsync(clerk, Tenant, load.Targets[0]));
        var random = new Random();
        var downloaded = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            // Kill only once the clients got somewhere since the restart (a busy machine may be slow), then at a random moment.
            await ConfirmationsAsync(ledger, ledger.Registrations.Count + 2, ledger.Uploads.Count + 1);
            await Task.Delay(random.Next(0, 1500));
            load.ServerDown();
            await host.KillAsync();
            ledger.Kills++;
            await SweepAndCheckAsync(host, ledger);
            await host.StartAsync();
            await SearchMatchesAsync(host, clerk, ledger);
            load.ServerUp();
            downloaded = await DownloadConfirmedAsync(host, Tenant, clerk, ledger, downloaded);
        }
        await load.StopAsync();
        await SearchMatchesAsync(host, clerk, ledger);
        await host.KillAsync();
        await SweepAndCheckAsync(host, ledger);

        var end = new CrashScene(host, Tenant, ledger);
        output.WriteLine($"{host.Database.Provider}: {ledger}; at the end {end.Count("SELECT count(*) FROM \"IncomingDocuments\"")} documents " +
                         $"(all {SearchIndexCheck.Indexed(end).Ids.Count} in the search index) and {end.Count("SELECT count(*) FROM \"VaultFiles\"")} files stored");
        Assert.True(ledger.Refusals.IsEmpty, string.Join(" | ", ledger.Refusals) + "\n" + scene.Host.ServerErrors());
        Assert.True(ledger.Registrations.Count > Kills && ledger.Uploads.Count > Kills, ledger.ToString());
    }

    internal static async Task ConfirmationsAsync(CrashLedger ledger, int registrations, int uploads)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (ledger.Registrations.Count < registrations || ledger.Uploads.Count < uploads)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"The clients confirmed nothing new in 3 minutes: {ledger}; {string.Join(" | ", ledger.Refusals)}");
            await Task.Delay(100);
        }
    }

    /// <summary>The documents the uploads go to, registered (and confirmed) before the first kill.</summary>
    internal static async Task RegisterTargetsAsync(PortalClient clerk, CrashLoad load, CrashLedger ledger)
    {
        for (var i = 0; i < 5; i++)
        {
            var numberSymbol = $"target-{i}/CRASH";
            using var response = await clerk.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{Tenant}/api/incoming")
            {
                Content = System.Net.Http.Json.JsonContent.Create(Incoming.RegistrationTests.Body(("numberSymbol", numberSymbol))),
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var id = body.GetProperty("id").GetInt32();
            ledger.Registrations.Enqueue(new ConfirmedRegistration(id, body.GetProperty("arrivalNumber").GetInt32(), numberSymbol));
            load.Targets.Add(id);
        }
    }

    /// <summary>While the server is down: the operator's sweep (no grace: nothing is in flight), then every check.</summary>
    private static async Task SweepAndCheckAsync(PortalHostProcess host, CrashLedger ledger)
    {
        var sweep = await host.RunAsync(["files", "sweep", "--tenant", Tenant], new Dictionary<string, string> { ["Portal__Files__OrphanGrace"] = "00:00:00" });
        Assert.True(sweep.ExitCode == 0, sweep.Output);
        var scene = new CrashScene(host, Tenant, ledger);
        var problems = new List<string>();
        foreach (var check in StoreChecks.All)
            problems.AddRange((await check.FindProblemsAsync(scene)).Select(p => $"{check.Name}: {p}"));
        Assert.True(problems.Count == 0, $"After kill {ledger.Kills}:\n" + string.Join("\n", problems.Take(30)));
        ledger.ChecksPassed++;
    }

    /// <summary>After a restart, the clients still held: the search index, rebuilt or replayed, matches the database.</summary>
    private static async Task SearchMatchesAsync(PortalHostProcess host, PortalClient clerk, CrashLedger ledger)
    {
        var problems = await SearchIndexCheck.FindProblemsAsync(new CrashScene(host, Tenant, ledger), clerk);
        Assert.True(problems.Count == 0, $"After restart {ledger.Kills}, the search index:\n" + string.Join("\n", problems) + "\n" + host.ServerErrors());
        ledger.SearchChecksPassed++;
    }

    /// <summary>Downloads, as the clerk, each upload confirmed since the last time, and compares the bytes; returns how many are done.</summary>
    internal static async Task<int> DownloadConfirmedAsync(PortalHostProcess host, string tenant, PortalClient clerk, CrashLedger ledger, int done)
    {
        var scene = new CrashScene(host, tenant, ledger);
        foreach (var upload in ledger.Uploads.Skip(done).ToList())
        {
            var fileId = scene.Rows($"SELECT \"FileId\" FROM \"IncomingAttachments\" WHERE \"FileName\" = '{upload.FileName}'").Single();
            using var response = await clerk.GetAsync($"{tenant}/incoming/files/{Guid.Parse(fileId)}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{upload.FileName}: HTTP {(int)response.StatusCode}\n{host.ServerErrors()}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(upload.Sha256 == Convert.ToHexStringLower(SHA256.HashData(bytes)),
                $"{upload.FileName} ({upload.Length} bytes sent, {upload.Sha256}) downloads as {bytes.Length} other bytes ({Convert.ToHexStringLower(SHA256.HashData(bytes))}); stored: " +
                string.Join(" ", scene.Rows($"SELECT \"Length\" || ' ' || \"Sha256\" FROM \"VaultFiles\" WHERE \"Id\" = '{fileId}'")));
            done++;
        }
        return done;
    }
}
