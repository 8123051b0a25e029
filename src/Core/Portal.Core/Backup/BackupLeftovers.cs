using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Core.Backup;

/// <summary>
/// What a backup writes before its output is whole: the SQLite snapshot (backup-{pid}-{id}.tmp in the
/// tenant's folder) and the output under a temporary name ({file}.{pid}.part beside it). Both carry the
/// writing process's id, so a later backup (and the server at start) removes those of a process that
/// no longer runs (killed half-way) and leaves those of a backup still running elsewhere alone.
/// </summary>
public static class BackupLeftovers
{
    private const string SnapshotPrefix = "backup-";
    private const string SnapshotExtension = ".tmp";
    private const string PartExtension = ".part";

    public static string SnapshotPath(string tenantFolder) =>
        Path.Combine(tenantFolder, $"{SnapshotPrefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}{SnapshotExtension}");

    public static string PartPath(string file) => $"{file}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}{PartExtension}";

    /// <summary>Removes the snapshots of dead backups in a tenant's folder; how many.</summary>
    public static int SweepSnapshots(string tenantFolder) =>
        Directory.Exists(tenantFolder)
            // With SQLite's own files beside it (-journal while VACUUM INTO writes it).
            ? Sweep(Directory.EnumerateFiles(tenantFolder, SnapshotPrefix + "*" + SnapshotExtension + "*"),
                name => name[SnapshotPrefix.Length..].Split('-')[0])
            : 0;

    /// <summary>Removes the partial outputs of dead backups to <paramref name="file"/>; how many.</summary>
    public static int SweepParts(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        var name = Path.GetFileName(file);
        return Directory.Exists(folder)
            ? Sweep(Directory.EnumerateFiles(folder, name + ".*" + PartExtension).Append(file + PartExtension).Where(File.Exists),
                n => n.Length > name.Length + PartExtension.Length ? n[(name.Length + 1)..^PartExtension.Length] : "")
            : 0;
    }

    private static int Sweep(IEnumerable<string> files, Func<string, string> processId)
    {
        var removed = 0;
        foreach (var path in files.ToList())
        {
            // A name without a process id is from a version that did not write one: no backup of this version owns it.
            if (int.TryParse(processId(Path.GetFileName(path)), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Running(id))
                continue;
            try
            {
                File.Delete(path);
                removed++;
            }
            catch (IOException)
            {
                // Gone already, or still held: the next sweep tries again.
            }
        }
        return removed;
    }

    private static bool Running(int processId)
    {
        if (processId == Environment.ProcessId)
            return true;
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

/// <summary>At the server's start: the snapshots that killed backups left in the tenants' folders are removed.</summary>
internal sealed class BackupLeftoverSweep(IOptions<PortalOptions> options, ILogger<BackupLeftoverSweep> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var sites = options.Value.SitesFolder;
        if (!Directory.Exists(sites))
            return Task.CompletedTask;
        foreach (var folder in Directory.EnumerateDirectories(sites))
        {
            var removed = BackupLeftovers.SweepSnapshots(folder);
            if (removed > 0)
                logger.LogWarning("Removed {Count} snapshots left by an interrupted backup in {Folder}", removed, folder);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
