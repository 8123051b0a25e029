namespace Portal.Benchmarks;

public static class IncomingReport
{
    public static void Print(IReadOnlyList<IncomingRun> runs)
    {
        Console.WriteLine();
        Console.WriteLine($"{"Registration through POST /api/incoming",-44} {"n",6} {"per s",7} {"p50",7} {"p95",7} {"p99",7} {"max",7} {"fail",5}");
        foreach (var r in runs)
            Console.WriteLine($"{r.Database + $" ({r.Api.Clients} clients)",-44} {r.Api.Count,6} {r.Api.PerSecond,7} {r.Api.Latency.P50,7} " +
                              $"{r.Api.Latency.P95,7} {r.Api.Latency.P99,7} {r.Api.Latency.Max,7} {r.Api.Latency.Failures,5}");
        Console.WriteLine();
        Console.WriteLine($"{"Pages (ms), documents in the tenant",-44} {"n",6} {"p50",7} {"p95",7} {"p99",7} {"max",7}");
        foreach (var r in runs)
        {
            Console.WriteLine($"{r.Database}: {r.DocumentsInTenant} documents ({r.Seeded} seeded in-process, {r.SeededPerSecond}/s)");
            foreach (var (label, s) in r.Pages)
                Console.WriteLine($"  {label,-42} {s.Count,6} {s.P50,7} {s.P95,7} {s.P99,7} {s.Max,7}");
        }
        foreach (var e in runs.SelectMany(r => r.Errors.Select(x => $"{r.Database}: {x}")).Take(20))
            Console.WriteLine($"  error: {e}");
    }
}
