using Microsoft.Data.Sqlite;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.Core.Backup;

/// <summary>
/// SQLite: `VACUUM INTO` writes a consistent copy of the tenant's file while writers go on (it reads one
/// snapshot of the WAL), and restoring puts that file in place of the new tenant's empty one.
/// </summary>
internal sealed class SqliteStoreCopy(SqliteDataProvider provider) : ITenantStoreCopy
{
    private const string PartName = "database/portal.db";

    public async Task ExportAsync(TenantContext tenant, BackupArchive archive, CancellationToken cancellationToken)
    {
        var copy = BackupLeftovers.SnapshotPath(tenant.DataFolder);
        try
        {
            await using (var connection = provider.CreateConnection(tenant))
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "VACUUM INTO $path";
                command.Parameters.Add(new SqliteParameter("$path", copy));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await archive.AddFileAsync(PartName, copy, compress: true, cancellationToken);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    public async Task ImportAsync(TenantContext tenant, BackupArchive archive, CancellationToken cancellationToken)
    {
        var file = provider.TenantFile(tenant.Name);
        provider.Release(tenant);
        var temporary = file + ".restore";
        await using (var source = archive.Read(PartName) ?? throw new RequestRefusedException("Bản sao lưu không có phần cơ sở dữ liệu SQLite."))
        await using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            await source.CopyToAsync(target, cancellationToken);
            target.Flush(flushToDisk: true);
        }
        foreach (var old in new[] { file + "-wal", file + "-shm" })
            File.Delete(old);
        File.Move(temporary, file, overwrite: true);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
