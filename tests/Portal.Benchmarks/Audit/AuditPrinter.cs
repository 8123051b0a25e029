namespace Portal.Benchmarks;

/// <summary>The text table of ./portal bench --scenario audit.</summary>
public static class AuditPrinter
{
    public static void Print(AuditBenchReport r)
    {
        Console.WriteLine();
        Console.WriteLine($"Audit append benchmark — {r.Machine}; load average {r.LoadAverageBefore} before, {r.LoadAverageAfter} after");
        Console.WriteLine($"data on {r.Storage}; SQLite WAL, synchronous=FULL, chain head rewritten after each commit (2 fsyncs an entry)");
        Console.WriteLine($"{r.SecondsPerConfiguration} s per configuration in {r.Rounds} shuffled rounds; run {r.Seconds} s; " +
                          $"thread pool minimum {r.MinPoolThreads}; " +
                          $"fsync of a 100-byte file there: p50 {r.FsyncMs.P50} ms, p95 {r.FsyncMs.P95} ms");
        Console.WriteLine();
        Console.WriteLine($"{"IAuditTrail.RecordAsync, own transaction",-40} {"entries/s",9} {"entries",7} {"p50 ms",7} {"p95",7} {"p99",8} {"max",7} " +
                          $"{"p50 first→last",15} {"err",3} {"per writer",10}  chains (audit verify after each pass)");
        foreach (var run in r.Runs)
            Row(run);
        foreach (var e in r.Errors.Take(20))
            Console.WriteLine($"  error: {e}");
    }

    private static void Row(AuditRun run)
    {
        var chain = run.ChainsValid
            ? $"{run.Chains.Count} valid, longest {run.Chains.Max(c => c.Entries)} entries, verified in ≤ {run.Chains.Max(c => c.VerifyMs)} ms"
            : "NOT VALID: " + string.Join("; ", run.Chains.Where(c => !c.Valid)
                .Select(c => $"{c.Tenant} exit {c.ExitCode}, {c.Entries} of {c.ExpectedEntries} entries: {c.Output}"));
        var drift = $"{run.AppendP50FirstTenthMs:0.000}→{run.AppendP50LastTenthMs:0.000}";
        var spread = $"{run.EntriesPerWriter.Min()}–{run.EntriesPerWriter.Max()}";
        Console.WriteLine($"{run.Name,-40} {run.EntriesPerSecond,9} {run.Entries,7} {run.AppendMs.P50,7:0.000} {run.AppendMs.P95,7:0.000} " +
                          $"{run.AppendMs.P99,8:0.000} {run.AppendMs.Max,7:0.0} {drift,15} {run.Errors,3} {spread,10}  {chain}");
    }
}
