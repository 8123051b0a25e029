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
        await using var loaded = await SceneUnderLoad.StartAsync(registering: 1, newRegistrations: 0, confirmedUploads: 2);
        var (scene, ledger, load) = loaded;
        var host = scene.Host;
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
        var audited = AssertRotationsAudited(crashScene, [oldKey, await File.ReadAllTextAsync(masterKey)], dataKey.Output);
        output.WriteLine($"{host.Database.Provider}: master-key rotation {(interrupted ? "cut off after its first tenant, then" : "(finished before the kill could cut it),")} " +
                         $"run again; data-key rotation: {dataKey.Output.Trim()}; {interruptedDownloads} files read between; {downloads} files read after, " +
                         $"again after a restart without the retired key; audited: {audited}; {ledger}");
    }

    /// <summary>
    /// The tenant's chain holds one entry for the master-key re-wrap (naming the new key's id) and one for
    /// the data-key rotation (naming the new version), and no entry holds a key: neither master key,
    /// nothing that looks like key bytes in hex or base64.
    /// </summary>
    private static string AssertRotationsAudited(CrashScene scene, string[] masterKeys, string dataKeyOutput)
    {
        var newMasterId = scene.Rows("SELECT DISTINCT \"MasterKeyId\" FROM \"VaultKeys\"").Single();
        var newest = scene.Rows("SELECT max(\"Version\") FROM \"VaultKeys\"").Single();
        var entries = scene.Rows("SELECT \"Action\" || '|' || \"TargetId\" || '|' || \"Details\" FROM \"AuditEntries\" WHERE \"Action\" LIKE 'keys.%'");
        Assert.True(entries.Count(e => e.StartsWith($"keys.master-rewrapped|{newMasterId}|", StringComparison.Ordinal)) == 1,
            $"no single master-key re-wrap entry for {newMasterId}: {string.Join(" / ", entries)}");
        Assert.True(entries.Count(e => e.StartsWith($"keys.data-key-rotated|{newest}|", StringComparison.Ordinal)) == 1,
            $"no single data-key rotation entry for version {newest} ({dataKeyOutput.Trim()}): {string.Join(" / ", entries)}");
        var secrets = masterKeys.Select(k => k.Trim()).Where(k => k.Length > 0).ToList();
        var everything = scene.Rows("SELECT \"Details\" || ' ' || \"TargetId\" FROM \"AuditEntries\" WHERE \"Action\" LIKE 'keys.%'");
        foreach (var entry in everything)
        {
            Assert.DoesNotContain(secrets, k => entry.Contains(k, StringComparison.OrdinalIgnoreCase));
            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(entry, "[0-9a-fA-F]{32,}|[A-Za-z0-9+/]{40,}={0,2}"), $"key-like text in an audit entry: {entry}");
        }
        return string.Join(" / ", entries);
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
