using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>The embedded default: one SQLite file per tenant in App_Data/Sites/{tenant}/.</summary>
internal sealed class SqliteDataProvider(IOptions<PortalOptions> options) : IDataProvider
{
    private const string FileName = "portal.db";
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    public string Name => "Sqlite";

    public Task InitializeHostAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.DataFolder);
        return Task.CompletedTask;
    }

    public void ConfigureHost(DbContextOptionsBuilder builder) =>
        builder.UseSqlite(ConnectionString(Path.Combine(options.Value.DataFolder, "host.db")))
            .AddInterceptors(SqliteDurability.Instance);

    public void ConfigureTenant(DbContextOptionsBuilder builder, TenantContext tenant, string migrationsHistoryTable) =>
        builder.UseSqlite(ConnectionString(TenantFile(tenant.Name)), o => o.MigrationsHistoryTable(migrationsHistoryTable))
            .AddInterceptors(SqliteDurability.Instance);

    public DbConnection CreateConnection(TenantContext tenant) => new SqliteConnection(ConnectionString(TenantFile(tenant.Name)));

    public Task<IDisposable?> WaitToWriteAsync(TenantContext tenant, CancellationToken cancellationToken) =>
        tenant.GetOrAdd(() => new SqliteWriterTurn()).WaitAsync(BusyTimeout, cancellationToken);

    public async Task<DbTransaction> BeginTransactionAsync(DbConnection connection, TenantContext tenant, CancellationToken cancellationToken)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
            await SqliteDurability.ApplyAsync(connection, cancellationToken);
        }
        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is taken at once, so a transaction that
        // reads then writes never fails to upgrade.
        return await connection.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Nothing to take: every transaction here begins IMMEDIATE, holding the file's one write lock.</summary>
    public Task LockAsync(DbConnection connection, TenantContext tenant, string resource, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public async Task CreateTenantStoreAsync(string tenantName, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(TenantFolder(tenantName));
        await UseWalAsync(tenantName, cancellationToken);
    }

    /// <summary>
    /// A byte copy of the template file, made durable under a temporary name and then renamed, so the store is either
    /// whole or absent; the template is a closed file in rollback-journal mode, so the file alone is the whole database.
    /// </summary>
    public async Task<bool> CreateTenantStoreFromTemplateAsync(string tenantName, string key, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(TenantFolder(tenantName));
        var temporary = TenantFile(tenantName) + ".template";
        try
        {
            await using var source = new FileStream(TemplateFile(key), FileMode.Open, FileAccess.Read, FileShare.Read);
            await using var target = new FileStream(temporary, FileMode.Create, FileAccess.Write);
            await source.CopyToAsync(target, cancellationToken);
            target.Flush(flushToDisk: true);
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        File.Move(temporary, TenantFile(tenantName));
        await UseWalAsync(tenantName, cancellationToken);
        return true;
    }

    /// <summary>
    /// SQLite's online backup gives a consistent copy whatever the WAL holds; the copy leaves WAL mode, so the template is
    /// one self-contained file, and is renamed into place once durable (concurrent first creations: the last one wins).
    /// </summary>
    public async Task SaveTemplateAsync(TenantContext tenant, string key, CancellationToken cancellationToken)
    {
        var template = TemplateFile(key);
        if (File.Exists(template))
            return;
        Directory.CreateDirectory(TemplatesFolder);
        var temporary = $"{template}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var source = new SqliteConnection(ConnectionString(TenantFile(tenant.Name))))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await target.OpenAsync(cancellationToken);
                source.BackupDatabase(target);
                await using var command = target.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=DELETE;";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var written = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite))
                written.Flush(flushToDisk: true);
            File.Move(temporary, template, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public void DropTemplate(string key) => File.Delete(TemplateFile(key));

    private async Task UseWalAsync(string tenantName, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(ConnectionString(TenantFile(tenantName)));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // WAL is a property of the file: set once, readers never block the writer.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await connection.CloseAsync();
        SqliteConnection.ClearPool(connection);
    }

    public Task DropTenantStoreAsync(string tenantName, CancellationToken cancellationToken)
    {
        var folder = TenantFolder(tenantName);
        using (var connection = new SqliteConnection(ConnectionString(TenantFile(tenantName))))
            SqliteConnection.ClearPool(connection);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    public void Release(TenantContext tenant)
    {
        using var connection = new SqliteConnection(ConnectionString(TenantFile(tenant.Name)));
        SqliteConnection.ClearPool(connection);
    }

    private string TemplatesFolder => Path.Combine(options.Value.DataFolder, "templates");

    private string TemplateFile(string key) => Path.Combine(TemplatesFolder, key + ".db");

    private string TenantFolder(string tenantName) => Path.Combine(options.Value.SitesFolder, tenantName);

    internal string TenantFile(string tenantName) => Path.Combine(TenantFolder(tenantName), FileName);

    private static string ConnectionString(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Pooling = true,
        DefaultTimeout = (int)BusyTimeout.TotalSeconds,
    }.ToString();
}
