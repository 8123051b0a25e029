using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenancy;
using Portal.Files.Models;

namespace Portal.Files.Storage;

/// <summary>
/// Removes, in the current tenant, blobs that have no row (an upload never recorded, or recorded in a
/// transaction that rolled back or was cut by a crash) and abandoned temporary files, once they are
/// older than the grace period, so an upload or transaction still under way is never touched.
/// </summary>
internal sealed class VaultSweep(FilesDb db, ITenantAccessor tenants)
{
    private const int Batch = 500;

    public async Task<SweepResult> SweepAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        var paths = VaultPaths.For(tenants.Required);
        var cutoff = DateTime.UtcNow - grace;
        var temporary = 0;
        if (Directory.Exists(paths.TemporaryFolder))
        {
            foreach (var file in Directory.EnumerateFiles(paths.TemporaryFolder, "*" + VaultPaths.TemporaryExtension))
                temporary += DeleteIfOlder(file, cutoff) ? 1 : 0;
        }
        var orphans = 0;
        if (Directory.Exists(paths.Root))
        {
            var blobs = Directory.EnumerateFiles(paths.Root, "*" + VaultPaths.BlobExtension, SearchOption.AllDirectories)
                .Select(f => (Path: f, Id: VaultPaths.IdOf(f)))
                .Where(b => b.Id is not null && File.GetLastWriteTimeUtc(b.Path) < cutoff);
            foreach (var batch in blobs.Chunk(Batch))
            {
                var ids = batch.Select(b => b.Id!.Value).ToList();
                var recorded = (await db.Files.Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
                foreach (var blob in batch.Where(b => !recorded.Contains(b.Id!.Value)))
                    orphans += DeleteIfOlder(blob.Path, cutoff) ? 1 : 0;
            }
        }
        return new SweepResult(orphans, temporary);
    }

    private static bool DeleteIfOlder(string path, DateTime cutoff)
    {
        try
        {
            if (File.GetLastWriteTimeUtc(path) >= cutoff)
                return false;
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            // Gone or busy: the next sweep looks again.
            return false;
        }
    }
}
