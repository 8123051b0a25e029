namespace Portal.Benchmarks;

/// <summary>The text table of ./portal bench --scenario audit.</summary>
public static class AuditPrinter
{
    public static void Print(AuditBenchReport r)
    {
        Console.WriteLine();
        Console.WriteLine($"Audit append benchmark — {r.Machine}; load average {r.LoadAverageBefore} before, {r.LoadAverageAfter} after");
        Console.WriteLine($"data on {r.Storage}; SQLite WAL, synchronous=FULL, chain head rewritten after each commit (2 fsyncs an entry); {r.SecondsPerConfiguration} s per configuration; run {r.Seconds} s");
        Console.WriteLine($"fsync of a 100-byte file in the data folder: p50 {r.FsyncMs.P50} ms, p95 {r.FsyncMs.P95} ms (n {r.FsyncMs.Count})");
        Console.WriteLine();
        Console.WriteLine($"{"IAuditTrail.RecordAsync, own transaction",-42} {"entries/s",10} {"entries",8} {"append p50",11} {"p95",7} {"p99",7} {"err",4} {"per writer",11}  chain (audit verify)");
        foreach (var run in r.Runs)
        {
            var chain = run.ChainsValid
                ? $"valid ({run.Chains.Count} tenant{(run.Chains.Count > 1 ? "s" : "")}, {run.Chains.Sum(c => c.Entries)} entries in all, verified in {run.Chains.Sum(c => c.VerifyMs)} ms)"
                : "NOT VALID: " + string.Join("; ", run.Chains.Where(c => !c.Valid).Select(c => $"{c.Tenant} exit {c.ExitCode}, {c.Entries} of {c.ExpectedEntries}: {c.Output}"));
            Console.WriteLine($"{run.Name,-42} {run.EntriesPerSecond,10} {run.Entries,8} {run.AppendMs.P50,11:0.000} {run.AppendMs.P95,7:0.000} " +
                              $"{run.AppendMs.P99,7:0.000} {run.Errors,4} {$"{run.EntriesPerWriter.Min()}–{run.EntriesPerWriter.Max()}",11}  {chain}");
        }
        foreach (var e in r.Errors.Take(20))
            Console.WriteLine($"  error: {e}");
    }
}
