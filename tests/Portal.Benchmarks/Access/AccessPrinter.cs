namespace Portal.Benchmarks;

/// <summary>The text table of ./portal bench --scenario access.</summary>
public static class AccessPrinter
{
    public static void Print(AccessBenchReport r)
    {
        Console.WriteLine();
        Console.WriteLine($"Access benchmark — {r.Machine}; load average {r.LoadAverageBefore} before, {r.LoadAverageAfter} after");
        Console.WriteLine($"data on {r.Storage}; tenant {r.Tenant}, user {r.User} (Mật clearance); " +
                          $"{r.DocumentsPerKind} allowed + {r.DocumentsPerKind} forbidden Mật documents; run {r.Seconds} s");
        Console.WriteLine($"fsync of a 100-byte file in the data folder: p50 {r.FsyncMs.P50} ms, p95 {r.FsyncMs.P95} ms " +
                          "(each audited decision commits SQLite WAL with synchronous=FULL and rewrites the chain head: 2 fsyncs)");
        Console.WriteLine();
        Console.WriteLine($"{"GET over loopback HTTP, sequential (ms)",-44} {ComparisonPrinter.Header}");
        ComparisonPrinter.Row("unprotected route, same answer", r.Http["unprotected"]);
        ComparisonPrinter.Row("protected route, allowed read", r.Http["allowed"]);
        ComparisonPrinter.Row("protected route, forbidden id (not listed)", r.Http["forbidden"]);
        ComparisonPrinter.Row("protected route, missing id", r.Http["missing"]);
        Console.WriteLine($"  check cost per allowed read: p50 {Us(r.Http["allowed"].P50 - r.Http["unprotected"].P50)} µs, " +
                          $"p95 {Us(r.Http["allowed"].P95 - r.Http["unprotected"].P95)} µs");
        Console.WriteLine();
        ComparisonPrinter.Print("Allowed read minus unprotected route (HTTP)", r.CheckCost);
        Console.WriteLine();
        ComparisonPrinter.Print("Forbidden id minus missing id (HTTP)", r.ForbiddenVsMissing);
        Console.WriteLine();
        Console.WriteLine($"{"In process, fresh tenant scope per call (ms)",-44} {ComparisonPrinter.Header}");
        ComparisonPrinter.Row("DecideAsync, allowed", r.InProcess["decideAllowed"]);
        ComparisonPrinter.Row("DecideAsync, forbidden", r.InProcess["decideForbidden"]);
        ComparisonPrinter.Row("DecideAsync, missing", r.InProcess["decideMissing"]);
        ComparisonPrinter.Row("IAuditTrail.RecordAsync alone (its share)", r.InProcess["auditAppendAlone"]);
        Console.WriteLine();
        ComparisonPrinter.Print("Forbidden minus missing (in process)", r.InProcessForbiddenVsMissing);
        Console.WriteLine();
        Console.WriteLine($"audit verify --tenant {r.Chain.Tenant}: exit {r.Chain.ExitCode}, {r.Chain.Entries} entries " +
                          $"(expected {r.Chain.ExpectedEntries}: one per decision) in {r.Chain.VerifyMs} ms => {(r.Chain.Valid ? "valid" : "NOT VALID")}");
        foreach (var e in r.Errors.Take(20))
            Console.WriteLine($"  error: {e}");
    }

    private static string Us(double ms) => Math.Round(ms * 1000).ToString("+0;-0;0");
}
