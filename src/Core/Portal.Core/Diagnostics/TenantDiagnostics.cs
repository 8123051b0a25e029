using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Core.Diagnostics;

/// <summary>Gathers <see cref="TenantStatistics"/>: the central office page and `./portal tenant stats` show it.</summary>
public sealed class TenantDiagnostics(TenantHost host, TenantStore store, IOptions<PortalOptions> options)
{
    public async Task<TenantStatistics> SnapshotAsync(CancellationToken cancellationToken)
    {
        var sites = Path.GetFullPath(options.Value.SitesFolder) + Path.DirectorySeparatorChar;
        var open = ProcessFacts.OpenFiles(f => f.StartsWith(sites, StringComparison.Ordinal));
        var perTenant = open.GroupBy(f => f[sites.Length..].Split(Path.DirectorySeparatorChar)[0])
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var active = host.ActiveTenants
            .OrderByDescending(t => t.LastAccessUtc)
            .Select(t => new ActiveTenant(t.Name, t.LastAccessUtc, t.ActiveRequests, perTenant.GetValueOrDefault(t.Name)))
            .ToList();
        return new TenantStatistics(
            await store.CountAsync(cancellationToken),
            active.Count,
            host.ActivePeak,
            host.MaxActive,
            ProcessFacts.ResidentBytes(),
            GC.GetTotalMemory(false),
            open.Count,
            active);
    }
}
