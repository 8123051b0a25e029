using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Storage;
using Portal.Core.Tenancy;

namespace Portal.Core.Backup;

/// <summary>
/// A tenant's backup while it serves: the database's snapshot first, then each module's part, then the
/// manifest; written to a temporary name, flushed, renamed and the folder flushed, so a backup file is
/// whole or absent. What a killed backup left (<see cref="BackupLeftovers"/>) is removed by the next one.
/// Restoring makes a new tenant (or reuses one whose set-up never finished) and, like a set-up, either
/// completes or leaves nothing behind.
/// </summary>
public sealed class TenantBackup(
    TenantStore store,
    TenantHost host,
    TenantMigrator migrator,
    IDataProvider provider,
    ITenantStoreCopy copy,
    ReservedPrefixes reserved,
    IEnumerable<ITenantStoreEvents> storeEvents,
    ILogger<TenantBackup> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<BackupManifest> BackupAsync(string tenantName, string file, CancellationToken cancellationToken)
    {
        var tenant = await host.ActivateAsync(tenantName, cancellationToken)
            ?? throw new RequestRefusedException($"Không có cơ quan đang hoạt động '{tenantName}'.");
        var record = tenant.Record;
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, record.Name, record.DisplayName, record.AgencyCode, record.ParentAgency,
            record.Level, record.Features, record.Recipe, provider.Name, migrator.Fingerprint(tenant), DateTime.UtcNow);
        BackupLeftovers.SweepSnapshots(tenant.DataFolder);
        BackupLeftovers.SweepParts(file);
        var temporary = BackupLeftovers.PartPath(file);
        try
        {
            await using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                using (var archive = BackupArchive.Create(output))
                {
                    await copy.ExportAsync(tenant, archive, cancellationToken);
                    await host.RunAsync(tenant, async services =>
                    {
                        foreach (var part in Parts(services, tenant))
                            await part.WriteAsync(archive, cancellationToken);
                        return 0;
                    });
                    await using var manifestPart = archive.Add(BackupManifest.PartName, compress: true);
                    await JsonSerializer.SerializeAsync(manifestPart, manifest, Json, cancellationToken);
                }
                output.Flush(flushToDisk: true);
            }
            File.Move(temporary, file, overwrite: true);
            DurableDirectory.Flush(Path.GetDirectoryName(file)!);
        }
        finally
        {
            File.Delete(temporary);
        }
        logger.LogInformation("Backed up tenant {Tenant} to {File}", tenantName, file);
        return manifest;
    }

    public async Task<BackupManifest> RestoreAsync(string file, string tenantName, CancellationToken cancellationToken)
    {
        await using var input = new FileStream(file, FileMode.Open, FileAccess.Read);
        using var archive = BackupArchive.Open(input);
        var manifest = await ManifestAsync(archive, cancellationToken);
        var record = await TargetAsync(tenantName, manifest, cancellationToken);
        try
        {
            var tenant = host.CreateSetupContext(record);
            await migrator.CreateStoreAsync(tenant, cancellationToken);
            if (migrator.Fingerprint(tenant) != manifest.SchemaFingerprint)
                throw new RequestRefusedException("Bản sao lưu được tạo bởi một phiên bản Portal có lược đồ dữ liệu khác; hãy khôi phục bằng đúng phiên bản đó.");
            await copy.ImportAsync(tenant, archive, cancellationToken);
            await host.RunAsync(tenant, async services =>
            {
                foreach (var part in Parts(services, tenant))
                    await part.RestoreAsync(archive, manifest, cancellationToken);
                return 0;
            });
            provider.Release(tenant);
            record.SchemaFingerprint = manifest.SchemaFingerprint;
            record.State = TenantState.Running;
            await store.UpdateAsync(record, cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Restoring tenant {Tenant} from {File} failed", tenantName, file);
            await provider.DropTenantStoreAsync(record.Name, CancellationToken.None);
            foreach (var events in storeEvents)
                await events.DroppedAsync(record.Name, CancellationToken.None);
            await store.RemoveAsync(record, CancellationToken.None);
            throw;
        }
        logger.LogInformation("Restored tenant {Tenant} from {File} (backup of {Source})", tenantName, file, manifest.Tenant);
        return manifest;
    }

    private static IEnumerable<ITenantBackupPart> Parts(IServiceProvider services, TenantContext tenant) =>
        services.GetServices<ITenantBackupPart>().Where(p => tenant.HasFeature(p.FeatureId));

    private async Task<BackupManifest> ManifestAsync(BackupArchive archive, CancellationToken cancellationToken)
    {
        await using var part = archive.Read(BackupManifest.PartName)
            ?? throw new RequestRefusedException("Tệp không phải bản sao lưu của Portal (thiếu manifest.json).");
        var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(part, Json, cancellationToken)
            ?? throw new RequestRefusedException("Tệp không phải bản sao lưu của Portal.");
        if (manifest.Format != BackupManifest.CurrentFormat)
            throw new RequestRefusedException($"Bản sao lưu có định dạng {manifest.Format}; phiên bản này đọc định dạng {BackupManifest.CurrentFormat}.");
        if (manifest.Provider != provider.Name)
            throw new RequestRefusedException($"Bản sao lưu lấy từ cơ sở dữ liệu {manifest.Provider}; chỉ khôi phục được vào cùng loại ({provider.Name} ở đây).");
        return manifest;
    }

    /// <summary>A new tenant row for the restore, or the row of a tenant whose set-up never finished (its leftovers dropped first).</summary>
    private async Task<TenantRecord> TargetAsync(string tenantName, BackupManifest manifest, CancellationToken cancellationToken)
    {
        if (tenantName != TenantRecord.DefaultName && TenantName.Problem(tenantName, reserved) is { } problem)
            throw new RequestRefusedException(problem);
        if ((tenantName == TenantRecord.DefaultName) != (manifest.Tenant == TenantRecord.DefaultName))
            throw new RequestRefusedException("Bản sao lưu của cơ quan trung tâm chỉ khôi phục được vào cơ quan trung tâm, và ngược lại.");
        var existing = await store.FindAsync(tenantName, cancellationToken);
        if (existing is { State: not TenantState.Uninitialized })
            throw new RequestRefusedException($"Đã có cơ quan '{tenantName}' đang dùng; chỉ khôi phục vào một cơ quan mới hoặc chưa thiết lập xong.");
        if (existing is not null)
        {
            await provider.DropTenantStoreAsync(tenantName, cancellationToken);
            foreach (var events in storeEvents)
                await events.DroppedAsync(tenantName, cancellationToken);
            await store.RemoveAsync(existing, cancellationToken);
        }
        var record = new TenantRecord
        {
            Name = tenantName,
            DisplayName = manifest.DisplayName,
            AgencyCode = manifest.AgencyCode,
            ParentAgency = manifest.ParentAgency,
            Level = manifest.Level,
            State = TenantState.Uninitialized,
            Features = manifest.Features,
            Recipe = manifest.Recipe,
            CreatedUtc = DateTime.UtcNow,
        };
        await store.AddAsync(record, cancellationToken);
        return record;
    }
}
