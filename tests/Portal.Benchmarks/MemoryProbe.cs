using System.Runtime;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Core;
using Portal.Core.Diagnostics;
using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>Forces a full compacting collection, then reads resident memory and what the tenants hold open.</summary>
public static class MemoryProbe
{
    public static MemorySnapshot Take(PortalTestServer server)
    {
        FullCollection();
        var sites = Path.GetFullPath(server.Get<IOptions<PortalOptions>>().Value.SitesFolder) + Path.DirectorySeparatorChar;
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return new MemorySnapshot(
            MiB(ProcessFacts.ResidentBytes()),
            MiB(GC.GetTotalMemory(forceFullCollection: false)),
            MiB(info.TotalCommittedBytes),
            server.Get<TenantHost>().ActiveTenants.Count,
            ProcessFacts.OpenFiles(path => path.StartsWith(sites, StringComparison.Ordinal)).Count,
            RuntimeCounters.EfServiceProviders(),
            RuntimeCounters.SqlitePoolGroups(),
            ServerConnections(server.Database));
    }

    /// <summary>The PostgreSQL server's backends on this server's database, the probe's own not counted.</summary>
    private static int ServerConnections(TestDatabase database)
    {
        if (database.ConnectionString is null)
            return 0;
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    public static void FullCollection()
    {
        for (var i = 0; i < 2; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
    }

    public static double MiB(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);
}
