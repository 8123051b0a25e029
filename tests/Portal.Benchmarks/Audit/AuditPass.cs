using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>One timed pass of one configuration, then `audit verify` on every tenant it wrote to.</summary>
public sealed record AuditPass(List<double>[] Times, double Seconds, int Errors, IReadOnlyList<ChainCheck> Chains)
{
    public static async Task<AuditPass> RunAsync(PortalTestServer server, AuditWriters writers, AuditConfiguration configuration,
        IReadOnlyList<string> tenantNames, TimeSpan duration)
    {
        var host = server.Get<TenantHost>();
        var used = tenantNames.Take(configuration.Tenants).ToArray();
        var before = new long[used.Length];
        var tenants = new TenantContext[used.Length];
        for (var i = 0; i < used.Length; i++)
        {
            before[i] = await AuditVerifyCommand.CountAsync(server, used[i]);
            tenants[i] = await host.ActivateAsync(used[i]) ?? throw new InvalidOperationException($"Tenant {used[i]} is not running.");
        }
        var (times, seconds, errors) = await writers.RunAsync(configuration, tenants, duration);
        var chains = new List<ChainCheck>();
        for (var i = 0; i < used.Length; i++)
        {
            var written = times.Where((_, writer) => writer % used.Length == i).Sum(t => t.Count);
            chains.Add(await AuditVerifyCommand.RunAsync(server, used[i], before[i] + written));
        }
        return new AuditPass(times, seconds, errors, chains);
    }
}
