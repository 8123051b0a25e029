using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// Sign in as each sampled tenant's admin, release every tenant (as the idle sweep would while sessions
/// live on), then the signed-in home page cold and warm, memory with the sample active, and after release.
/// </summary>
public static class SignedInSection
{
    public static async Task<SignedInResult> RunAsync(PortalTestServer server, IReadOnlyList<string> sample, int concurrency)
    {
        if (sample.Count == 0)
            return SignedInResult.None;
        var host = server.Get<TenantHost>();
        using var sessions = new SignedInProbe(server.BaseAddress);
        var signIn = await sessions.SignInAsync(sample, concurrency);
        host.ReleaseIdle(TimeSpan.Zero);
        var idle = MemoryProbe.Take(server);
        var cold = await sessions.HomePassAsync(sample);
        var warm = await sessions.HomePassAsync(sample);
        var active = MemoryProbe.Take(server);
        var released = host.ReleaseIdle(TimeSpan.Zero);
        var afterRelease = MemoryProbe.Take(server);
        NativeHeap.Trim();
        var afterTrim = MemoryProbe.Take(server);
        Console.WriteLine($"signed-in: {signIn.Count} sessions, cold home p95 {cold.P95} ms, {active.OpenSiteFiles} db files open " +
                          $"with {active.ActiveTenants} active, {afterRelease.OpenSiteFiles} after release");
        return new SignedInResult(signIn, idle, cold, warm, active, released, afterRelease, afterTrim, sessions.Errors.Take(20).ToList());
    }
}
