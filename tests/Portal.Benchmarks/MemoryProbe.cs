using System.Runtime;
using Microsoft.Extensions.Options;
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
            RuntimeCounters.SqlitePoolGroups());
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
