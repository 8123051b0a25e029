using System.Data;
using Npgsql;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.Core.Backup;

/// <summary>
/// PostgreSQL: every table of the tenant's schema copied out in binary (COPY … TO STDOUT) inside one
/// repeatable-read transaction, so all tables come from one snapshot while the tenant keeps serving.
/// Restoring copies them into the new schema (migrated, emptied first) parents before children, then
/// moves each identity sequence past the largest key.
/// </summary>
internal sealed class PostgresStoreCopy(PostgresDataProvider provider) : ITenantStoreCopy
{
    private const string Folder = "database/";
    private const string Extension = ".copy";

    public async Task ExportAsync(TenantContext tenant, BackupArchive archive, CancellationToken cancellationToken)
    {
        await using var connection = await provider.TenantPool.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await TenantSchemaSession.SetAsync(connection, PostgresDataProvider.Schema(tenant.Name), local: true, cancellationToken);
        foreach (var table in await TablesAsync(connection, tenant.Name, cancellationToken))
        {
            await using var source = await connection.BeginRawBinaryCopyAsync($"COPY \"{table}\" TO STDOUT (FORMAT binary)", cancellationToken);
            await using var target = archive.Add(Folder + table + Extension, compress: true);
            await source.CopyToAsync(target, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ImportAsync(TenantContext tenant, BackupArchive archive, CancellationToken cancellationToken)
    {
        await using var connection = await provider.TenantPool.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await TenantSchemaSession.SetAsync(connection, PostgresDataProvider.Schema(tenant.Name), local: true, cancellationToken);
        var tables = await TablesAsync(connection, tenant.Name, cancellationToken);
        var saved = archive.Names(Folder).Select(n => n[Folder.Length..^Extension.Length]).ToHashSet(StringComparer.Ordinal);
        if (!saved.SetEquals(tables))
            throw new RequestRefusedException("Các bảng trong bản sao lưu không khớp với lược đồ của cơ quan đích; hãy khôi phục bằng cùng phiên bản Portal.");
        await ExecuteAsync(connection, "TRUNCATE " + string.Join(", ", tables.Select(t => $"\"{t}\"")), cancellationToken);
        foreach (var table in await ParentsFirstAsync(connection, tenant.Name, tables, cancellationToken))
        {
            await using var source = archive.Read(Folder + table + Extension)!;
            await using var target = await connection.BeginRawBinaryCopyAsync($"COPY \"{table}\" FROM STDIN (FORMAT binary)", cancellationToken);
            await source.CopyToAsync(target, cancellationToken);
        }
        await using (var identities = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 AND is_identity = 'YES'", connection)
            { Parameters = { new() { Value = tenant.Name } } })
        {
            var columns = new List<(string Table, string Column)>();
            await using (var reader = await identities.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken))
                    columns.Add((reader.GetString(0), reader.GetString(1)));
            foreach (var (table, column) in columns)
                await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{PostgresDataProvider.Schema(tenant.Name)}.\"{table}\"', '{column}'), " +
                    $"COALESCE(MAX(\"{column}\"), 0) + 1, false) FROM \"{table}\"", cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename", connection)
        {
            Parameters = { new() { Value = schema } },
        };
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>The tables ordered so a table comes after every table its foreign keys point to.</summary>
    private static async Task<List<string>> ParentsFirstAsync(NpgsqlConnection connection, string schema, List<string> tables,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT child.relname, parent.relname FROM pg_constraint c JOIN pg_class child ON child.oid = c.conrelid " +
            "JOIN pg_class parent ON parent.oid = c.confrelid JOIN pg_namespace n ON n.oid = c.connamespace " +
            "WHERE c.contype = 'f' AND n.nspname = $1 AND child.oid <> parent.oid", connection)
        {
            Parameters = { new() { Value = schema } },
        };
        var parents = tables.ToDictionary(t => t, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                parents[reader.GetString(0)].Add(reader.GetString(1));
        var ordered = new List<string>();
        while (ordered.Count < tables.Count)
        {
            var ready = tables.Where(t => !ordered.Contains(t) && parents[t].All(ordered.Contains)).ToList();
            if (ready.Count == 0)
                throw new InvalidOperationException("The tenant's foreign keys form a cycle.");
            ordered.AddRange(ready);
        }
        return ordered;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
