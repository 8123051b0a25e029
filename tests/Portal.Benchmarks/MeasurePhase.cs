using System.Diagnostics;
using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// Phase 2, in a fresh process on phase 1's data folder: memory with every tenant cold, first (cold)
/// and second (warm) requests to a random sample, memory with the sample active, then after idle release.
/// </summary>
public static class MeasurePhase
{
    private const int WarmupTenants = 3;

    public static async Task<MeasureResult> RunAsync(BenchOptions options, string folder)
    {
        var clock = Stopwatch.StartNew();
        var server = await PortalTestServer.StartAsync(demoTenants: false, dataFolder: folder);
        var startSeconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
        var host = server.Get<TenantHost>();
        var rows = await server.Get<TenantAdministration>().ListAsync(CancellationToken.None);
        var bench = rows.Where(t => BenchTenants.IsBenchTenant(t.Name) && t.State == TenantState.Running).Select(t => t.Name).ToArray();
        var idle = MemoryProbe.Take(server);
        Console.WriteLine($"measure: {rows.Count} tenants registered ({bench.Length} bench communes running), 0 active, " +
                          $"RSS {idle.RssMiB} MiB (server started in {startSeconds} s)");

        new Random(options.Seed).Shuffle(bench);
        var sampleSize = Math.Min(options.Sample, Math.Max(0, bench.Length - WarmupTenants));
        var sample = bench.Take(sampleSize).ToArray();
        var warmups = bench.Skip(sampleSize).Take(WarmupTenants).ToArray();
        var others = bench.Skip(sampleSize + WarmupTenants).Take(sampleSize).ToArray();
        using var probe = new HttpProbe(server.BaseAddress);

        // The process's first requests pay for JIT and view loading: on tenants outside the sample, then released.
        double firstMs = 0;
        foreach (var tenant in warmups)
        {
            var ms = await probe.LoginPageAsync(tenant) ?? 0;
            if (firstMs == 0)
                firstMs = Math.Round(ms, 1);
            await probe.LoginPageAsync(tenant);
        }
        host.ReleaseIdle(TimeSpan.Zero);
        var afterWarmup = MemoryProbe.Take(server);

        var cold = await probe.PassAsync(sample);
        var warm = await probe.PassAsync(sample);
        var active = MemoryProbe.Take(server);
        var released = host.ReleaseIdle(TimeSpan.Zero);
        var afterRelease = MemoryProbe.Take(server);
        var coldAgain = await probe.PassAsync(sample);
        host.ReleaseIdle(TimeSpan.Zero);
        var concurrent = await probe.PassAsync(others, options.Concurrency);
        var afterConcurrent = MemoryProbe.Take(server);
        host.ReleaseIdle(TimeSpan.Zero);
        var signedIn = await SignedInSection.RunAsync(server, sample, options.Concurrency);
        await PhaseHost.StopAsync(server);

        return new MeasureResult(rows.Count, bench.Length, sample.Length, startSeconds, idle, firstMs, afterWarmup,
            cold, warm, active, released, afterRelease, coldAgain, options.Concurrency, concurrent, afterConcurrent, signedIn,
            probe.Errors.Take(20).ToList());
    }
}
