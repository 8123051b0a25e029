using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Files;

namespace Portal.Tests.Files;

/// <summary>A rolled-back transaction leaves only an orphan blob, which the sweep removes once it is past the grace period.</summary>
[Collection(FilesCollection.Name)]
[Trait("Database", "Both")]
public sealed class VaultSweepTests(FilesServerFixture fixture)
{
    private static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    /// <summary>Stores a file and records it in a transaction that is never committed.</summary>
    private Task<StoredFile> RolledBackAsync() => fixture.InTenantAsync(async services =>
    {
        var vault = services.GetRequiredService<IFileVault>();
        var stored = await vault.StoreAsync(new MemoryStream(SampleFiles.Pdf), "Tờ trình.pdf", CancellationToken.None);
        await services.GetRequiredService<ITenantUnitOfWork>().BeginAsync();
        await vault.RecordAsync(stored, CancellationToken.None);
        return stored;
    });

    private static void Age(string path) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow - Grace - TimeSpan.FromMinutes(5));

    [Fact]
    public async Task A_rolled_back_upload_leaves_an_orphan_that_the_sweep_removes_after_the_grace_period()
    {
        var orphan = await RolledBackAsync();
        var blob = fixture.BlobPath(orphan.Id);
        Assert.Null(await fixture.FindAsync(orphan.Id));

        var early = await fixture.SweepAsync(Grace);
        Assert.True(File.Exists(blob), "A fresh orphan may still be an upload whose transaction is under way.");

        Age(blob);
        var late = await fixture.SweepAsync(Grace);

        Assert.Equal(0, early.OrphanBlobs);
        Assert.True(late.OrphanBlobs >= 1);
        Assert.False(File.Exists(blob));
    }

    [Fact]
    public async Task A_recorded_file_survives_the_sweep_however_old()
    {
        var kept = await fixture.KeepAsync(new MemoryStream(SampleFiles.Jpeg), "Ảnh.jpg");
        Age(fixture.BlobPath(kept.Id));

        await fixture.SweepAsync(Grace);

        Assert.Equal(kept.Sha256, await fixture.ReadHashAsync(kept.Id));
    }

    [Fact]
    public async Task An_abandoned_temporary_file_is_removed_after_the_grace_period()
    {
        var folder = Path.Combine(fixture.VaultFolder, "tmp");
        Directory.CreateDirectory(folder);
        var stale = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".part");
        var fresh = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".part");
        await File.WriteAllBytesAsync(stale, [1, 2, 3]);
        await File.WriteAllBytesAsync(fresh, [1, 2, 3]);
        Age(stale);

        var result = await fixture.SweepAsync(Grace);

        Assert.True(result.StaleTemporaryFiles >= 1);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
        File.Delete(fresh);
    }
}
