namespace Portal.Benchmarks;

/// <summary>The command line of ./portal bench (and of the phases it runs as child processes).</summary>
public sealed class BenchOptions
{
    public int Tenants { get; private set; } = 4000;
    public int Sample { get; private set; } = 200;
    public int Parallelism { get; private set; } = Environment.ProcessorCount;
    public int Concurrency { get; private set; } = 8;
    public int Seed { get; private set; } = 2026;
    public bool Reuse { get; private set; }
    public bool Baseline { get; private set; } = true;
    public string? Phase { get; private set; }
    public string? Output { get; private set; }
    public string? Data { get; private set; }
    public string Scenario { get; private set; } = "tenants";
    public int Requests { get; private set; } = 3000;
    public int Iterations { get; private set; } = 2000;
    public int Documents { get; private set; } = 50_000;
    public int Seconds { get; private set; } = 10;
    public int Rounds { get; private set; } = 2;
    public int Disabled { get; private set; } = 20;
    public int ReenableAfter { get; private set; } = 30;
    public int People { get; private set; } = 500;

    public string DataFolder => Data ?? Path.Combine(Path.GetTempPath(), $"portal-bench-{Tenants}");

    public static readonly string[] Scenarios = ["tenants", "access", "audit", "incoming", "search", "ocr", "outgoing", "exchange", "dossiers", "oversight", "notifications", "merge"];

    public const string Usage = """
        Usage: ./portal bench [--postgres] [--scenario tenants|access|audit|incoming|search|ocr|outgoing|exchange|dossiers|oversight|notifications|merge] [options]
          --scenario NAME   tenants (default): 4,000 communes; access: cost of the access check, forbidden vs
                            missing; audit: audit-trail appends per second on SQLite, chain verified after
          --tenants N       tenants to create from the commune recipe (default 4000)
          --sample N        tenants touched at random, cold then warm (default 200)
          --data PATH       data folder (default /tmp/portal-bench-N); kept after the run
          --reuse           keep the tenants already in the data folder, create only the missing ones
          --parallel N      tenants created at once (default: core count)
          --concurrency N   clients of the concurrent cold pass (default 8)
          --seed N          seed of the random sample (default 2026)
          --no-baseline     skip the empty-host baseline (central office only)
          --phase profile   instead: time each section of one tenant's creation (--tenants K, default data /tmp/portal-bench-profile)
        access:
          --requests N      timed HTTP requests of each kind, all kinds interleaved at random (default 3000)
          --iterations N    in-process calls of each kind to IAccessCheck.DecideAsync (default 2000)
        audit:
          --seconds N       seconds of appending per configuration (default 10), split over the rounds
          --rounds N        rounds, each running every configuration once in a shuffled order (default 2)
        incoming (on SQLite, then on PostgreSQL; with --postgres on PostgreSQL only):
          --requests N      registrations through POST /api/incoming by 8 clients at once (default 3000)
          --documents N     documents in the tenant before the "my work" page is timed (default 50000)
          --iterations N    timed requests of each page (default 2000)
        search (one tenant's index, written through the module's indexing code, no server):
          --documents N     generated Vietnamese documents (default 50000; the issue's figure is 100000)
          --iterations N    timed queries per reader (1%, all, no filter), interleaved (default 2000)
          --data PATH       keep the index there instead of a temporary folder
        ocr (the shared samples, ../shared/samples/scans):
          --rounds N        runs of the sample set by Portal's 2 workers and by 2 tesseract commands, alternating (default 2)
        outgoing (the shipped templates printed by the host's warm renderer, then signed and verified):
          --rounds N        passes over the templates, and 10 signatures per round (default 2)
        exchange (the central office sends one issued document to every agency in the directory):
          --tenants N       communes created first, then released so each activates on its first envelope (default 4000)
          --parallel N      communes created at once (default: core count)
          --disabled N      the last N communes are disabled while the others receive (default 20)
          --reenable-after S  seconds after all the others acknowledged before they are enabled again (default 30)
          --data PATH, --reuse  keep the communes (default /tmp/portal-bench-exchange-N) and create only missing ones
        dossiers (the demo department's clerk files documents in one dossier, closes, reads and prints it):
          --documents N     incoming documents filed (default 1000 for this scenario)
        oversight (the central office's dashboard with 3,800 agencies' figures seeded, and one tenant's publishing):
          --rounds N        timed requests of each kind (default 20)
        notifications (one incoming document of the demo department reaches N people named for information):
          --people N        people on the document's list (default 500)
        merge (the demo department with N documents and the demo commune merged into the demo ministry):
          --documents N     incoming documents moved (default 1000 for this scenario)
          --rounds N        fan-outs timed, each by the handler alone and through the outbox (default 5)
        access, audit and incoming: --seed N; --data PATH (server data folder, default a temporary folder; deleted after)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--tenants": options.Tenants = Number(Value(), 0); break;
                case "--sample": options.Sample = Number(Value(), 0); break;
                case "--parallel": options.Parallelism = Number(Value(), 1); break;
                case "--concurrency": options.Concurrency = Number(Value(), 1); break;
                case "--seed": options.Seed = Number(Value(), int.MinValue); break;
                case "--data": options.Data = FullPath(Value()); break;
                case "--reuse": options.Reuse = true; break;
                case "--no-baseline": options.Baseline = false; break;
                case "--phase": options.Phase = Value(); break;
                case "--scenario": options.Scenario = ScenarioName(Value()); break;
                case "--requests": options.Requests = Number(Value(), 10); break;
                case "--iterations": options.Iterations = Number(Value(), 10); break;
                case "--documents": options.Documents = Number(Value(), 0); break;
                case "--seconds": options.Seconds = Number(Value(), 1); break;
                case "--rounds": options.Rounds = Number(Value(), 1); break;
                case "--disabled": options.Disabled = Number(Value(), 0); break;
                case "--reenable-after": options.ReenableAfter = Number(Value(), 0); break;
                case "--people": options.People = Number(Value(), 1); break;
                case "--out": options.Output = Value(); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }
        return options;
    }

    /// <summary>The arguments of a child process that runs one phase.</summary>
    public IReadOnlyList<string> ForPhase(string phase, string data, int tenants, string output) =>
    [
        "--phase", phase, "--data", data, "--tenants", tenants.ToString(), "--sample", Sample.ToString(),
        "--parallel", Parallelism.ToString(), "--concurrency", Concurrency.ToString(), "--seed", Seed.ToString(),
        "--out", output, .. Reuse ? ["--reuse"] : Array.Empty<string>(),
    ];

    private static string ScenarioName(string text) => Scenarios.Contains(text)
        ? text
        : throw new ArgumentException($"Unknown scenario '{text}'; choose one of {string.Join(", ", Scenarios)}.");

    private static int Number(string text, int min) =>
        int.TryParse(text, out var n) && n >= min ? n : throw new ArgumentException($"'{text}' is not a valid number here.");

    /// <summary>Relative paths are the caller's (the portal script runs from the repository root and exports PORTAL_CWD).</summary>
    private static string FullPath(string path) =>
        Path.GetFullPath(path, Environment.GetEnvironmentVariable("PORTAL_CWD") ?? Directory.GetCurrentDirectory());
}
