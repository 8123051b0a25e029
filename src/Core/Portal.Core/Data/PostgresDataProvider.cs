using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>
/// The national deployment: one database, one schema per tenant, one connection pool shared by every
/// tenant. Pooled connections start with a search path that names no tenant, so a statement that was
/// not given a tenant's schema finds no table rather than another agency's.
/// </summary>
internal sealed class PostgresDataProvider : IDataProvider, IAsyncDisposable
{
    public const string HostSchema = "portal_host";

    /// <summary>A schema that never exists: the search path of a pooled connection between tenants.</summary>
    public const string NoTenantSchema = "portal_no_tenant";

    private readonly NpgsqlDataSource _tenants;
    private readonly NpgsqlDataSource _host;
    private readonly PortalOptions _options;

    public PostgresDataProvider(IOptions<PortalOptions> options)
    {
        _options = options.Value;
        var connectionString = _options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                "Portal:DatabaseProvider is Postgres but Portal:ConnectionString (or PORTAL_CONNECTION_STRING) is not set.");
        _tenants = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = NoTenantSchema });
        _host = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = HostSchema, MaxPoolSize = 10 });
    }

    public string Name => "Postgres";

    /// <summary>The pool every tenant's work shares (exposed for the tests that prove it leaks no schema).</summary>
    internal NpgsqlDataSource TenantPool => _tenants;

    public async Task InitializeHostAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_options.DataFolder);
        await ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {HostSchema}", cancellationToken);
    }

    public void ConfigureHost(DbContextOptionsBuilder builder) => builder.UseNpgsql(_host);

    public void ConfigureTenant(DbContextOptionsBuilder builder, TenantContext tenant, string migrationsHistoryTable)
    {
        builder.UseNpgsql(_tenants, o => o.MigrationsHistoryTable(migrationsHistoryTable))
            .AddInterceptors(TenantSchemaSession.Instance);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new TenantSchemaExtension(Schema(tenant.Name)));
    }

    public DbConnection CreateConnection(TenantContext tenant) => _tenants.CreateConnection();

    public Task<IDisposable?> WaitToWriteAsync(TenantContext tenant, CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    public async Task<DbTransaction> BeginTransactionAsync(DbConnection connection, TenantContext tenant, CancellationToken cancellationToken)
    {
        var schema = Schema(tenant.Name);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
            await TenantSchemaSession.SetAsync(connection, schema, local: false, cancellationToken);
        }
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // SET LOCAL: whatever the session says, this transaction works in this tenant's schema.
        await TenantSchemaSession.SetAsync(connection, schema, local: true, cancellationToken);
        return transaction;
    }

    /// <summary>A transaction-scoped advisory lock; advisory locks are database-wide, so the key names the tenant too.</summary>
    public async Task LockAsync(DbConnection connection, TenantContext tenant, string resource, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", (NpgsqlConnection)connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tenant.Name + "/" + resource });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task CreateTenantStoreAsync(string tenantName, CancellationToken cancellationToken) =>
        ExecuteAsync($"CREATE SCHEMA {Schema(tenantName)}", cancellationToken);

    /// <summary>No template here: a schema is made by its migrations (see docs/architecture.md, Data).</summary>
    public Task<bool> CreateTenantStoreFromTemplateAsync(string tenantName, string key, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public Task SaveTemplateAsync(TenantContext tenant, string key, CancellationToken cancellationToken) => Task.CompletedTask;

    public void DropTemplate(string key)
    {
    }

    public async Task DropTenantStoreAsync(string tenantName, CancellationToken cancellationToken)
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema(tenantName)} CASCADE", cancellationToken);
        var folder = Path.Combine(_options.SitesFolder, tenantName);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    /// <summary>Nothing to close: the pool is shared, and a returned connection is reset by Npgsql.</summary>
    public void Release(TenantContext tenant)
    {
    }

    public async ValueTask DisposeAsync()
    {
        await _tenants.DisposeAsync();
        await _host.DisposeAsync();
    }

    /// <summary>The tenant's schema as a quoted identifier. Tenant names are slugs (or "Default"), never "pg_…" nor the host's schema.</summary>
    internal static string Schema(string tenantName)
    {
        if (!TenantName.IsWellFormed(tenantName) && tenantName != TenantRecord.DefaultName)
            throw new ArgumentException($"'{tenantName}' is not a tenant name.", nameof(tenantName));
        return "\"" + tenantName + "\"";
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _host.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
