using System.Diagnostics;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Resilience;

/// <summary>
/// `./portal keys rotate` (a new master key for every tenant) cut off by SIGKILL then run again, and
/// `./portal keys rotate --tenant X --data-key`, while clients upload: every confirmed file still
/// decrypts to the bytes sent, before and after the server restarts, and the old master key opens nothing.
/// </summary>
[Trait("Database", "Both")]
public sealed class KeyRotationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Rotating_the_master_key_and_a_data_key_under_load_leaves_every_file_readable()
    {
        await using var scene = await HostScene.CreateAsync();
        await scene.StartAsync();
        var host = scene.Host;
        var ledger = new CrashLedger();
        var load = new CrashLoad(host, HostScene.Tenant, scene.Clerk, ledger);
        await CrashSafetyTests.RegisterTargetsAsync(scene.Clerk, load, ledger);
        load.Start(registering: 1, uploading: 2, await CrashLoad.AntiforgeryTokenAsync(scene.Clerk, HostScene.Tenant, load.Targets[0]));
        await CrashSafetyTests.ConfirmationsAsync(ledger, 0, 2);
        var masterKey = Path.Combine(host.DataFolder, "keys", "master.key");
        var oldKey = await File.ReadAllTextAsync(masterKey);

        var interrupted = await RotateUntilFirstTenantAsync(host);
        var interruptedDownloads = await CrashSafetyTests.DownloadConfirmedAsync(host, HostScene.Tenant, scene.Clerk, ledger, 0);
        var master = await host.RunAsync(["keys", "rotate"]);
        Assert.True(master.ExitCode == 0, master.Output);
        await CrashSafetyTests.ConfirmationsAsync(ledger, 0, ledger.Uploads.Count + 1);
        var dataKey = await host.RunAsync(["keys", "rotate", "--tenant", HostScene.Tenant, "--data-key"]);
        Assert.True(dataKey.ExitCode == 0, dataKey.Output);
        await CrashSafetyTests.ConfirmationsAsync(ledger, 0, ledger.Uploads.Count + 1);
        await load.StopAsync();
        Assert.True(ledger.Refusals.IsEmpty, string.Join(" | ", ledger.Refusals) + "\n" + scene.Host.ServerErrors());

        var crashScene = new CrashScene(host, HostScene.Tenant, ledger);
        Assert.NotEqual(oldKey, await File.ReadAllTextAsync(masterKey));
        var wrappedBy = crashScene.Rows("SELECT DISTINCT \"MasterKeyId\" FROM \"VaultKeys\"");
        Assert.Single(wrappedBy);
        var downloads = await CrashSafetyTests.DownloadConfirmedAsync(host, HostScene.Tenant, scene.Clerk, ledger, 0);
        await host.KillAsync();
        // A fresh process knows only the key files: without the retired key every file must still open.
        foreach (var retired in Directory.EnumerateFiles(Path.GetDirectoryName(masterKey)!, "master.key.*.retired"))
            File.Delete(retired);
        await host.StartAsync();
        Assert.Equal(downloads, await CrashSafetyTests.DownloadConfirmedAsync(host, HostScene.Tenant, scene.Clerk, ledger, 0));
        var verify = await host.RunAsync(["audit", "verify"]);
        Assert.True(verify.ExitCode == 0, verify.Output);
        output.WriteLine($"{host.Database.Provider}: master-key rotation {(interrupted ? "cut off after its first tenant, then" : "(finished before the kill could cut it),")} " +
                         $"run again; data-key rotation: {dataKey.Output.Trim()}; {interruptedDownloads} files read between; {downloads} files read after, " +
                         $"again after a restart without the retired key; {ledger}");
    }

    /// <summary>Starts `keys rotate` and kills it once it has re-wrapped its first tenant; false when it finished first.</summary>
    private static async Task<bool> RotateUntilFirstTenantAsync(Portal.Testing.PortalHostProcess host)
    {
        using var rotation = host.Begin(["keys", "rotate"]);
        while (await rotation.StandardOutput.ReadLineAsync() is { } line)
        {
            if (!line.Contains("khóa dữ liệu", StringComparison.Ordinal))
                continue;
            rotation.Kill(entireProcessTree: true);
            await rotation.WaitForExitAsync();
            return rotation.ExitCode != 0;
        }
        await rotation.WaitForExitAsync();
        return false;
    }
}
