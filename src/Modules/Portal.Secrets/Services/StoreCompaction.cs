using Microsoft.EntityFrameworkCore;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// After a destruction, leaves no old copy of the erased rows in the tenant's store files. SQLite: the erase runs with
/// secure_delete on (freed cells and pages are zeroed), then VACUUM rebuilds the file and a TRUNCATE checkpoint empties the
/// write-ahead log. PostgreSQL: VACUUM FULL rewrites each table of the tenant's schema (a plain VACUUM frees dead rows'
/// space without clearing it); the server's own WAL and archives are outside Portal's reach (see docs/architecture.md).
/// </summary>
public sealed class StoreCompaction(SecretsDb db)
{
    private bool IsSqlite => db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

    /// <summary>Inside the erasing transaction.</summary>
    public async Task BeforeEraseAsync(CancellationToken cancellationToken)
    {
        if (IsSqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON", cancellationToken);
    }

    /// <summary>Once the erase has committed, outside any transaction.</summary>
    public async Task AfterEraseAsync(CancellationToken cancellationToken)
    {
        if (IsSqlite)
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
            return;
        }
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
            .ToListAsync(cancellationToken);
        // Names read from the catalogue, quoted; a command cannot take a table name as a parameter.
        foreach (var table in tables)
        {
            var vacuum = $"VACUUM FULL \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await db.Database.ExecuteSqlRawAsync(vacuum, cancellationToken);
        }
    }
}
