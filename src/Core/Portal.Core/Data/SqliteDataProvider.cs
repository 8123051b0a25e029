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

    private string TenantFolder(string tenantName) => Path.Combine(options.Value.SitesFolder, tenantName);

    internal string TenantFile(string tenantName) => Path.Combine(TenantFolder(tenantName), FileName);

    private static string ConnectionString(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Pooling = true,
        DefaultTimeout = (int)BusyTimeout.TotalSeconds,
    }.ToString();
}
