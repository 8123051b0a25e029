namespace Portal.Benchmarks;

/// <summary>The text table of a run.</summary>
public static class ReportPrinter
{
    public static void Print(TenantBenchReport r)
    {
        var c = r.Create;
        var m = r.Measure;
        Console.WriteLine();
        Console.WriteLine($"Tenant benchmark — {r.Machine}");
        Console.WriteLine($"data folder {r.DataFolder}; sample {m.Sampled} of {m.BenchTenantsRunning} communes");
        Console.WriteLine();
        Console.WriteLine($"Create {c.Requested} from recipe '{BenchTenants.Recipe}': {c.Created} created, {(c.FromEarlierRun ? 0 : c.AlreadyThere)} reused, " +
                          $"{c.Failed} failed in {c.CreateSeconds} s ({c.TenantsPerSecond} tenants/s, parallelism {c.Parallelism}); " +
                          $"per tenant p50 {c.PerTenantMs.P50} ms, p95 {c.PerTenantMs.P95} ms; disk {c.DiskMiBPerTenant} MiB/tenant");
        if (c.FromEarlierRun)
            Console.WriteLine($"(tenants reused: creation figures from the run that created them, {c.CreatedUtc:yyyy-MM-dd HH:mm} UTC)");
        Console.WriteLine();
        Console.WriteLine($"{"Memory (after full GC)",-40} {"RSS MiB",9} {"heap MiB",9} {"active",7} {"db files",9} {"EF sps",7} {"pools",6} {"pg conns",8}");
        if (r.Baseline is { } b)
            Row("central office only (baseline)", b.Idle);
        Row($"{m.Registered} registered, 0 active", m.Idle);
        Row("0 active, after 3 warm-up tenants", m.IdleAfterWarmup);
        Row($"{m.Sampled} active", m.Active);
        Row($"after idle release ({m.Released} released)", m.AfterRelease);
        Row($"after {m.Sampled} more, {m.Concurrency} concurrent", m.AfterConcurrent);
        Row($"0 active, {m.SignedIn.SignIn.Count} sessions signed in", m.SignedIn.IdleWithSessions);
        Row($"{m.Sampled} active, signed in (db open)", m.SignedIn.Active);
        Row($"after idle release ({m.SignedIn.Released} released)", m.SignedIn.AfterRelease);
        Row("  same, after malloc_trim(0)", m.SignedIn.AfterTrim);
        Console.WriteLine();
        Console.WriteLine($"{"GET /{tenant}/account/login (ms)",-40} {"n",5} {"p50",8} {"p95",8} {"p99",8} {"max",8} {"mean",8} {"fail",5}");
        Console.WriteLine($"{"process's first request",-40} {1,5} {m.ProcessFirstRequestMs,8}");
        Row("cold (first request)", m.Cold);
        Row("warm (second request)", m.Warm);
        Row("cold again after release", m.ColdAfterRelease);
        Row($"cold, {m.Concurrency} concurrent (other tenants)", m.ColdConcurrent);
        Console.WriteLine($"{"GET /{tenant}/ signed in (ms)",-40}");
        Row($"sign-in (page + post, {m.Concurrency} concurrent)", m.SignedIn.SignIn);
        Row("cold (first request after release)", m.SignedIn.ColdHome);
        Row("warm (second request)", m.SignedIn.WarmHome);
        Console.WriteLine();
        foreach (var t in r.Targets)
            Console.WriteLine($"  [{(t.Met ? "met" : "MISSED")}] {t.Name}: {t.Actual} (target {t.Goal})");
        foreach (var e in c.Errors.Take(10).Concat(m.Errors.Take(10)).Concat(m.SignedIn.Errors.Take(10)))
            Console.WriteLine($"  error: {e}");
    }

    private static void Row(string label, MemorySnapshot s) =>
        Console.WriteLine($"{label,-40} {s.RssMiB,9} {s.ManagedHeapMiB,9} {s.ActiveTenants,7} {s.OpenSiteFiles,9} " +
                          $"{s.EfServiceProviders,7} {s.SqlitePoolGroups,6} {s.DatabaseConnections,8}");

    private static void Row(string label, LatencyStats s) =>
        Console.WriteLine($"{label,-40} {s.Count,5} {s.P50,8} {s.P95,8} {s.P99,8} {s.Max,8} {s.Mean,8} {s.Failures,5}");
}
