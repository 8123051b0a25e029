using System.Diagnostics;
using System.IO.Compression;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Resilience;

/// <summary>
/// A real `./portal backup` process killed (SIGKILL) while it writes: the backup file never appears half
/// written under its name; what it left (the SQLite snapshot, the partial output) is removed by the next
/// backup, and by the server when it starts; the next backup is whole.
/// </summary>
[Trait("Database", "Both")]
public sealed class BackupKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_killed_backup_leaves_no_partial_output_after_the_next_backup_or_start()
    {
        // Enough attached files that writing the backup takes a while to kill it in.
        await using var loaded = await SceneUnderLoad.StartAsync(registering: 1, newRegistrations: 0, confirmedUploads: 30);
        var (scene, _, load) = loaded;
        var host = scene.Host;
        await load.StopAsync();

        var tenantFolder = TenantFiles.Folder(host.DataFolder, HostScene.Tenant);
        var target = Directory.CreateDirectory(Path.Combine(host.DataFolder, "sao-luu")).FullName;
        var file = Path.Combine(target, "so-noi-vu.zip");
        var attempts = 0;
        List<string> left = [];
        while (left.Count == 0)
        {
            Assert.True(++attempts <= 10, "Every backup finished before it could be killed half-way.");
            File.Delete(file);
            left = await KillMidwayAsync(host, file, tenantFolder, target);
            Assert.False(File.Exists(file), "The killed backup's file appeared under its final name.");
        }
        output.WriteLine($"{host.Database.Provider}: attempt {attempts} killed the backup with {string.Join(", ", left.Select(Path.GetFileName))} written");

        // The next backup removes them and writes a whole file.
        var backup = await host.RunAsync(["backup", "--tenant", HostScene.Tenant, "--to", file]);
        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Empty(Leftovers(tenantFolder, target));
        using (var zip = ZipFile.OpenRead(file))
            Assert.Contains(zip.Entries, e => e.FullName == "manifest.json");

        // SQLite: killed again while it writes the snapshot in the tenant's folder, then the server starts: the snapshot is removed at the start.
        if (host.Database.Provider != "Sqlite")
            return;
        left = [];
        for (attempts = 0; !left.Any(f => f.StartsWith(tenantFolder, StringComparison.Ordinal)) && attempts < 10; attempts++)
            left = await KillMidwayAsync(host, file + ".2", tenantFolder, target, snapshotOnly: true);
        Assert.Contains(left, f => f.StartsWith(tenantFolder, StringComparison.Ordinal));
        await host.KillAsync();
        await host.StartAsync();
        Assert.Empty(Leftovers(tenantFolder, null));
    }

    /// <summary>Starts a backup and kills it as soon as it has written something; what it left (none when it finished first).</summary>
    private static async Task<List<string>> KillMidwayAsync(Portal.Testing.PortalHostProcess host, string file, string tenantFolder, string target,
        bool snapshotOnly = false)
    {
        using var backup = host.Begin(["backup", "--tenant", HostScene.Tenant, "--to", file]);
        var drain = Task.WhenAll(backup.StandardOutput.ReadToEndAsync(), backup.StandardError.ReadToEndAsync());
        var clock = Stopwatch.StartNew();
        while (!backup.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var written = Leftovers(tenantFolder, snapshotOnly ? null : target);
            if (written.Count > 0)
            {
                backup.Kill(entireProcessTree: true);
                await backup.WaitForExitAsync();
                await drain;
                return Leftovers(tenantFolder, target);
            }
            Thread.Sleep(1);
        }
        await backup.WaitForExitAsync();
        await drain;
        File.Delete(file);
        return [];
    }

    /// <summary>The SQLite snapshots in the tenant's folder and the partial outputs in the target folder.</summary>
    private static List<string> Leftovers(string tenantFolder, string? target) =>
    [
        .. Directory.EnumerateFiles(tenantFolder, "backup-*"),
        .. target is null ? [] : Directory.EnumerateFiles(target).Where(f => f.EndsWith(".part", StringComparison.Ordinal)),
    ];
}
