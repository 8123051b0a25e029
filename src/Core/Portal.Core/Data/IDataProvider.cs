using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>
/// Where tenant data lives. Modules never see the provider: they get a DbContext configured for the
/// current tenant and write provider-neutral EF Core.
/// </summary>
public interface IDataProvider
{
    string Name { get; }

    /// <summary>Makes the host's own store ready (folder or schema) before its migrations run.</summary>
    Task InitializeHostAsync(CancellationToken cancellationToken);

    void ConfigureHost(DbContextOptionsBuilder builder);

    void ConfigureTenant(DbContextOptionsBuilder builder, TenantContext tenant, string migrationsHistoryTable);

    /// <summary>A new, closed connection to the tenant's store; a unit of work shares one among its DbContexts.</summary>
    DbConnection CreateConnection(TenantContext tenant);

    /// <summary>
    /// Waits for this process's turn to write in the tenant's store, to dispose when the transaction ends; null where
    /// writers need no turn (PostgreSQL locks rows, not the store).
    /// </summary>
    Task<IDisposable?> WaitToWriteAsync(TenantContext tenant, CancellationToken cancellationToken);

    /// <summary>Opens the connection if needed and begins a transaction that works in the tenant's store.</summary>
    Task<DbTransaction> BeginTransactionAsync(DbConnection connection, TenantContext tenant, CancellationToken cancellationToken);

    /// <summary>Holds a lock named <paramref name="resource"/> in the tenant until the connection's current transaction ends.</summary>
    Task LockAsync(DbConnection connection, TenantContext tenant, string resource, CancellationToken cancellationToken);

    /// <summary>Creates the tenant's empty store (file or schema).</summary>
    Task CreateTenantStoreAsync(string tenantName, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the tenant's store as a copy of the schema template kept under <paramref name="key"/> (the fingerprint of
    /// its migrations); false, with nothing made, when there is none yet or the provider keeps none.
    /// </summary>
    Task<bool> CreateTenantStoreFromTemplateAsync(string tenantName, string key, CancellationToken cancellationToken);

    /// <summary>Keeps the store of a tenant whose migrations have just run, and nothing else yet, as the template for <paramref name="key"/>.</summary>
    Task SaveTemplateAsync(TenantContext tenant, string key, CancellationToken cancellationToken);

    /// <summary>Forgets the template for <paramref name="key"/>: a copy of it did not hold the migrations its key names.</summary>
    void DropTemplate(string key);

    /// <summary>Removes the tenant's store and everything in it; used when a setup fails half-way.</summary>
    Task DropTenantStoreAsync(string tenantName, CancellationToken cancellationToken);

    /// <summary>Closes pooled connections of a released tenant.</summary>
    void Release(TenantContext tenant);
}
