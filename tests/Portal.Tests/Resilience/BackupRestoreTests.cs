using Portal.Testing;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Resilience;

/// <summary>
/// `./portal backup` of a tenant while clients register and upload, restored with `./portal restore` into
/// another installation under another name: the rows are the source's (as of one moment), the files
/// decrypt to the bytes sent, the audit chain verifies and reads the same, nothing is orphaned.
/// </summary>
[Trait("Database", "Both")]
public sealed class BackupRestoreTests(ITestOutputHelper output)
{
    private const string Restored = "so-noi-vu-khoi-phuc";

    [Fact]
    public async Task A_backup_taken_under_load_restores_elsewhere_equal_to_the_source()
    {
        await using var loaded = await SceneUnderLoad.StartAsync(registering: 2, newRegistrations: 3, confirmedUploads: 2);
        var (source, ledger, load) = loaded;
        var before = new CrashLedger();
        foreach (var registration in ledger.Registrations)
            before.Registrations.Enqueue(registration);
        foreach (var upload in ledger.Uploads)
            before.Uploads.Enqueue(upload);
        var file = Path.Combine(source.Host.DataFolder, "sao-luu.zip");
        var backup = await source.Host.RunAsync(["backup", "--tenant", HostScene.Tenant, "--to", file]);
        await CrashSafetyTests.ConfirmationsAsync(ledger, ledger.Registrations.Count + 1, 0);
        await load.StopAsync();
        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.True(ledger.Refusals.IsEmpty, string.Join(" | ", ledger.Refusals) + "\n" + source.Host.ServerErrors());

        await using var elsewhere = await HostScene.CreateAsync(demoTenants: false, keysFrom: source);
        var restore = await elsewhere.Host.RunAsync(["restore", "--from", file, "--tenant", Restored]);
        Assert.True(restore.ExitCode == 0, restore.Output);

        var tables = TenantStores.Tables(source.Host.Database, source.Host.DataFolder, HostScene.Tenant);
        Assert.Equal(tables.Order(), TenantStores.Tables(elsewhere.Host.Database, elsewhere.Host.DataFolder, Restored).Order());
        var counts = new List<string>();
        // The one row the load changes in place: in a consistent snapshot it counts exactly the documents the snapshot holds.
        Assert.Equal(
            TenantStores.Rows(elsewhere.Host.Database, elsewhere.Host.DataFolder, Restored, "SELECT count(*) FROM \"IncomingDocuments\""),
            TenantStores.Rows(elsewhere.Host.Database, elsewhere.Host.DataFolder, Restored, "SELECT \"LastNumber\" FROM \"RegisterCounters\""));
        // Outbox messages pending at the snapshot are in the backup (they replay after the restore) but the
        // source has dispatched and removed them since: they are not source rows any more.
        foreach (var table in tables.Where(t => t is not ("RegisterCounters" or "OutboxMessages")))
        {
            // The chain is sealed again under the new name's key: its MACs differ, its entries do not. A thumbnail is
            // made when a page first shows its attachment, so the load may add one to a source row after the snapshot;
            // a secret document's files are sealed to its erasure key through the outbox, so a file uploaded just
            // before the snapshot may have its key re-wrapped in the source after it.
            string[] changing = table switch
            {
                "AuditEntries" => ["Mac", "PreviousMac"],
                "IncomingAttachments" => ["ThumbnailFileId", "ThumbnailNote"],
                "VaultFiles" => ["WrappedKey", "KeyVersion", "ErasureKeyId"],
                _ => [],
            };
            var sourceRows = TenantStores.Table(source.Host.Database, source.Host.DataFolder, HostScene.Tenant, table, changing).ToHashSet();
            var restoredRows = TenantStores.Table(elsewhere.Host.Database, elsewhere.Host.DataFolder, Restored, table, changing);
            var extra = table == "AuditEntries" ? 1 : 0;
            Assert.True(restoredRows.Count(r => !sourceRows.Contains(r)) == extra,
                $"{table}: restored rows not in the source: {string.Join(" / ", restoredRows.Where(r => !sourceRows.Contains(r)).Take(3))}");
            counts.Add($"{table} {restoredRows.Count}/{sourceRows.Count}");
        }
        var scene = new CrashScene(elsewhere.Host, Restored, before);
        var problems = new List<string>();
        foreach (var check in StoreChecks.All)
            problems.AddRange((await check.FindProblemsAsync(scene)).Select(p => $"{check.Name}: {p}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var restoredPositions = scene.Rows("SELECT \"Position\" FROM \"AuditEntries\"").Select(long.Parse).Order().ToList();
        Assert.Equal(Enumerable.Range(1, restoredPositions.Count).Select(i => (long)i), restoredPositions);

        Authenticators.Copy(source.Host.BaseAddress, HostScene.Tenant, elsewhere.Host.BaseAddress, Restored, DemoAccounts.Clerk);
        await elsewhere.StartAsync(Restored);
        // The index is not in the backup: the restored tenant's is built from its database.
        var searchProblems = await SearchIndexCheck.FindProblemsAsync(scene, elsewhere.Clerk);
        Assert.True(searchProblems.Count == 0, string.Join("\n", searchProblems));
        var restoredUploads = new CrashLedger();
        var restoredFiles = scene.Rows("SELECT \"FileName\" FROM \"IncomingAttachments\"").ToHashSet();
        foreach (var upload in ledger.Uploads.Where(u => restoredFiles.Contains(u.FileName)))
            restoredUploads.Uploads.Enqueue(upload);
        Assert.Equal(restoredFiles.Count, await CrashSafetyTests.DownloadConfirmedAsync(elsewhere.Host, Restored, elsewhere.Clerk, restoredUploads, 0));
        output.WriteLine($"{source.Host.Database.Provider}: restored {string.Join(", ", counts)} (rows restored/source after the load); " +
                         $"{restoredFiles.Count} files downloaded intact; {before.Registrations.Count} registrations and {before.Uploads.Count} uploads confirmed before the backup");
    }
}
