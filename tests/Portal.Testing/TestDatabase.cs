using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Portal.Testing;

/// <summary>
/// The database a test server runs on. `./portal test` runs the suite once on SQLite, then the tests
/// that are not SQLite-only again with PORTAL_TEST_DATABASE=Postgres and PORTAL_TEST_POSTGRES set to the
/// local server (scripts/postgres.sh); each PostgreSQL test server gets a database of its own.
/// </summary>
public sealed class TestDatabase
{
    private readonly string? _adminConnectionString;
    private readonly bool _owned;

    private TestDatabase(string provider, string? connectionString, string? adminConnectionString, string? name, bool owned)
    {
        _owned = owned;
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        Name = name;
    }

    /// <summary>"Sqlite" or "Postgres": what this test run asked for.</summary>
    public static string RequestedProvider =>
        string.Equals(Environment.GetEnvironmentVariable("PORTAL_TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? "Postgres"
            : "Sqlite";

    /// <summary>
    /// The PostgreSQL databases' name prefix: PORTAL_TEST_DATABASE_PREFIX, which `./portal test` sets per checkout
    /// (portal_test_&lt;checkout&gt;_) and sweeps before its second pass (scripts/postgres.sh --drop-test-databases),
    /// so a run in another checkout, or a benchmark ("portal_bench_"), keeps its databases; "portal_test_" otherwise.
    /// </summary>
    public static string Prefix =>
        Environment.GetEnvironmentVariable("PORTAL_TEST_DATABASE_PREFIX") is { Length: > 0 and <= 30 } prefix
        && prefix.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_')
            ? prefix
            : "portal_test_";

    public string Provider { get; }
    public string? ConnectionString { get; }
    public string? Name { get; }

    /// <summary>
    /// The database that goes with a data folder: the same folder (a restarted server, a benchmark's
    /// next phase) finds the same database. An owned one is dropped with its server.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string dataFolder, bool owned)
    {
        if (RequestedProvider == "Sqlite")
            return new TestDatabase("Sqlite", null, null, null, owned);
        var admin = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PORTAL_TEST_DATABASE=Postgres needs PORTAL_TEST_POSTGRES (run through ./portal test).");
        var name = Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataFolder))))[..20];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new() { Value = name } },
            };
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        var own = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 30 }.ConnectionString;
        return new TestDatabase("Postgres", own, admin, name, owned);
    }

    /// <summary>A database another server already uses (a second server on the same store); never dropped here.</summary>
    public static TestDatabase Shared(TestDatabase other) =>
        new(other.Provider, other.ConnectionString, null, other.Name, owned: false);

    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("Portal:DatabaseProvider", Provider);
        if (ConnectionString is not null)
            yield return new("Portal:ConnectionString", ConnectionString);
    }

    public async Task DropAsync()
    {
        if (_adminConnectionString is null || !_owned)
            return;
        // The test's own connections to it (outside-the-app reads) first; the app's pools are gone with the app.
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            // On a machine under heavy load ending the backends and removing the files can outlast the default 30 s.
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection) { CommandTimeout = 300 };
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
        {
            // A backend the test role may not end still holds it; the next `./portal test` drops leftovers as superuser.
        }
    }
}
