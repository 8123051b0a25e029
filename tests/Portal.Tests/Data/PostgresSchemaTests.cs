using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Data;

/// <summary>
/// One database, one schema per tenant, one pool for all: a connection that served one agency must
/// never bring that agency's schema into another's work, and a statement without a tenant finds nothing.
/// </summary>
[Trait("Database", "Postgres")]
[Collection(DemoServerCollection.Name)]
public sealed class PostgresSchemaTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    private PostgresDataProvider Provider => (PostgresDataProvider)Server.Get<IDataProvider>();

    [Fact]
    public void Every_tenant_has_its_own_schema_and_no_table_lives_outside_one()
    {
        var schemas = Rows("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'");

        Assert.Superset(new HashSet<string> { "portal_host", "public", TenantRecord.DefaultName, DemoAccounts.Department, DemoAccounts.Commune },
            schemas.ToHashSet());
        Assert.Empty(Rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        Assert.Equal(["Tenants", "__EFMigrationsHistory"], Rows("SELECT tablename FROM pg_tables WHERE schemaname = 'portal_host'").Order(StringComparer.Ordinal));
        // A user's row lives in its own tenant's schema: the department's director is in no shared schema, not in the
        // central office's nor the commune's (other tests on this server make agencies from the same demo recipe).
        var holding = TenantStores.Holding(Server, "AspNetUsers", "UserName", "giamdoc");
        Assert.Contains(DemoAccounts.Department, holding);
        Assert.DoesNotContain(holding, s => s is "public" or "portal_host" || s == TenantRecord.DefaultName || s == DemoAccounts.Commune);
    }

    [Fact]
    public async Task A_statement_on_a_pooled_connection_without_a_tenant_finds_no_tenant_table()
    {
        await using var connection = await Provider.TenantPool.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"AspNetUsers\"", connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteScalarAsync());

        Assert.Equal(PostgresErrorCodes.UndefinedTable, refused.SqlState);
    }

    [Fact]
    public async Task A_pooled_connection_never_carries_one_tenant_schema_into_another_tenant_work()
    {
        var host = Server.Get<TenantHost>();
        string[] tenants = [DemoAccounts.Department, DemoAccounts.Commune, DemoAccounts.Ministry];
        var backends = new ConcurrentDictionary<int, byte>();
        var wrong = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 300), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var name = tenants[i % tenants.Length];
            var tenant = (await host.EnterAsync(name, CancellationToken.None))!;
            try
            {
                await host.RunAsync(tenant, async services =>
                {
                    var unit = services.GetRequiredService<ITenantUnitOfWork>();
                    // Half the work reads through EF outside a transaction (EF opens the connection), half in one.
                    if (i % 2 == 0)
                    {
                        var settings = services.GetRequiredService<SettingsDbContext>();
                        var seen = await settings.Database.SqlQueryRaw<string>("SELECT current_schema() AS \"Value\"").SingleAsync();
                        if (seen != name) wrong.Add($"{name} read {seen}");
                    }
                    else
                    {
                        await unit.InTransactionAsync(async () =>
                        {
                            var (schema, backend) = await SchemaAndBackendAsync((NpgsqlConnection)unit.Connection);
                            backends.TryAdd(backend, 0);
                            if (schema != name) wrong.Add($"{name} wrote in {schema}");
                        });
                    }
                    return 0;
                });
            }
            finally
            {
                host.Exit(tenant);
            }
        });

        Assert.Empty(wrong);
        // Hold several pooled connections at once: those that served tenants come back naming no tenant.
        var held = new List<NpgsqlConnection>();
        try
        {
            var reused = 0;
            for (var n = 0; n < 8; n++)
            {
                var connection = await Provider.TenantPool.OpenConnectionAsync();
                held.Add(connection);
                var (schema, backend) = await SchemaAndBackendAsync(connection);
                Assert.Null(schema);
                await using var path = new NpgsqlCommand("SHOW search_path", connection);
                Assert.Equal(PostgresDataProvider.NoTenantSchema, await path.ExecuteScalarAsync());
                reused += backends.ContainsKey(backend) ? 1 : 0;
            }
            Assert.True(reused > 0, "no pooled connection that had served a tenant was handed out again");
        }
        finally
        {
            foreach (var connection in held)
                await connection.DisposeAsync();
        }
    }

    private static async Task<(string? Schema, int Backend)> SchemaAndBackendAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT current_schema(), pg_backend_pid()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt32(1));
    }

    private List<string> Rows(string sql)
    {
        using var connection = new NpgsqlConnection(Server.Database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(reader.GetString(0));
        return rows;
    }
}
