using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// ./portal bench --phase profile --tenants K: where a tenant's creation spends its time. Runs the
/// sections of TenantAdministration.CreateAsync one by one (same public services, same order) with a
/// stopwatch each, one tenant at a time, and prints the mean per section; plus the two suspects alone:
/// a password hash and a durable SQLite commit.
/// </summary>
public static class ProfilePhase
{
    public static async Task RunAsync(BenchOptions options, string folder)
    {
        BenchFolder.Prepare(folder, reuse: false);
        var server = await PortalTestServer.StartAsync(demoTenants: false, dataFolder: folder);
        var sections = new ConcurrentDictionary<string, List<double>>();
        void Add(string name, Stopwatch clock)
        {
            sections.GetOrAdd(name, _ => []).Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
        }
        var store = server.Get<TenantStore>();
        var provider = server.Get<IDataProvider>();
        var migrator = server.Get<TenantMigrator>();
        var runner = server.Get<RecipeRunner>();
        var host = server.Get<TenantHost>();
        var recipe = server.Get<RecipeCatalogue>().Get(BenchTenants.Recipe);
        var total = Stopwatch.StartNew();
        for (var n = 1; n <= options.Tenants; n++)
        {
            var request = BenchTenants.Creation(n);
            var clock = Stopwatch.StartNew();
            var record = new TenantRecord
            {
                Name = request.Name, DisplayName = request.DisplayName, AgencyCode = request.AgencyCode, Level = request.Level,
                Recipe = request.Recipe, State = TenantState.Uninitialized, CreatedUtc = DateTime.UtcNow,
            };
            var parameters = new Dictionary<string, string>
            {
                [SetupParameters.AdminUserName] = request.AdminUserName, [SetupParameters.AdminPassword] = request.AdminPassword,
                [SetupParameters.AdminFullName] = request.AdminFullName, [SetupParameters.TenantDisplayName] = request.DisplayName,
                [SetupParameters.AgencyCode] = request.AgencyCode,
            };
            record.Features = string.Join(' ', runner.Validate(recipe, parameters, record).Order(StringComparer.Ordinal));
            Add("validate recipe", clock);
            await store.FindAsync(record.Name, CancellationToken.None);
            await store.AddAsync(record, CancellationToken.None);
            Add("host.db find + insert row", clock);
            var tenant = host.CreateSetupContext(record);
            await migrator.CreateStoreAsync(tenant, CancellationToken.None);
            Add("store and schema (template or migrations)", clock);
            foreach (var step in recipe.Steps.Where(s => s.Name != RecipeRunner.FeaturesStep))
            {
                await runner.ExecuteAsync(recipe with { Steps = [step] }, parameters, tenant, CancellationToken.None);
                Add($"step {step.Name}", clock);
            }
            provider.Release(tenant);
            record.SchemaFingerprint = migrator.Fingerprint(tenant);
            record.State = TenantState.Running;
            await store.UpdateAsync(record, CancellationToken.None);
            Add("release + host.db update", clock);
        }
        var perTenant = total.Elapsed.TotalMilliseconds / Math.Max(1, options.Tenants);
        Console.WriteLine($"profile: {options.Tenants} tenants one at a time, {perTenant:0.0} ms each (first one included)");
        foreach (var (name, times) in sections.OrderByDescending(s => s.Value.Skip(1).DefaultIfEmpty().Average()))
        {
            var steady = times.Skip(1).DefaultIfEmpty().Average();
            Console.WriteLine($"  {name,-36} {steady,8:0.0} ms  ({steady / perTenant,4:P0})  first {times[0]:0.0} ms");
        }
        Console.WriteLine($"  one password hash (Identity default)  {HashMs(),8:0.0} ms");
        Console.WriteLine($"  one durable SQLite commit             {await CommitMs(folder),8:0.0} ms  (WAL, synchronous=FULL)");
        Console.WriteLine($"  same commit, synchronous=NORMAL       {await CommitMs(folder, "NORMAL"),8:0.0} ms");
        await PhaseHost.StopAsync(server);
    }

    private static double HashMs()
    {
        var hasher = new PasswordHasher<object>();
        hasher.HashPassword(new object(), BenchTenants.AdminPassword);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
            hasher.HashPassword(new object(), BenchTenants.AdminPassword);
        return clock.Elapsed.TotalMilliseconds / 10;
    }

    private static async Task<double> CommitMs(string folder, string synchronous = "FULL")
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "commit-probe.db")};Pooling=False");
        await connection.OpenAsync();
        await Exec(connection, $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; CREATE TABLE IF NOT EXISTS t (v INTEGER);");
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 50; i++)
            await Exec(connection, "INSERT INTO t VALUES (1);");
        return clock.Elapsed.TotalMilliseconds / 50;
    }

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
