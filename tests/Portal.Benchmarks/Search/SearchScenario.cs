using System.Diagnostics;
using Lucene.Net.Search;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Search;

/// <summary>
/// ./portal bench --scenario search [--documents N] [--iterations N]: one tenant's index of N generated
/// Vietnamese documents written through the module's own indexing code (docs/s), a full rebuild through
/// the module's rebuild from a source (docs/s, seconds), then typical queries — with facets, as the page
/// runs them — timed for a user who may see 1% of the documents, one who may see all, and the same
/// queries without the access filter on the same index, interleaved at random; ratios of the percentiles;
/// and, for the 1% reader, a forbidden document's exact number against a number that does not exist
/// (<see cref="ForbiddenVsMissing"/>).
/// </summary>
public static class SearchScenario
{
    private static readonly string[] Queries =
    [
        "bảo mật", "bao mat", "\"bí mật nhà nước\"", "bí mật -bảo", "phòng*", "an toàn thông tin", "công văn năm:2024",
        "cơ_quan:\"công an\"", "loại:\"báo cáo\" ngân sách", "VPCP-KSTT", "11863/VPCP-KSTT", "ung pho bao", "đô lương", "chuyen doi so",
    ];

    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var folder = options.Data ?? Path.Combine(Path.GetTempPath(), "portal-bench-search-" + Guid.NewGuid().ToString("N"));
        var tenant = new BenchTenant(folder);
        var indexFolder = SearchIndexes.Folder(tenant.Current!);
        try
        {
            Console.WriteLine($"search: generating {options.Documents:N0} documents");
            var corpus = new VietnameseCorpus(options.Documents, options.Seed).Documents().ToList();

            var clock = Stopwatch.StartNew();
            using (var index = TenantIndex.Open(indexFolder))
            {
                foreach (var (document, text) in corpus)
                    index.Writer.AddDocument(DocumentMapper.Map(document, text));
                index.Commit(rebuilt: true);
            }
            var indexSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"search: indexed {corpus.Count:N0} documents in {indexSeconds:F1} s: {corpus.Count / indexSeconds:F0} docs/s");

            using var rebuilt = TenantIndex.Open(indexFolder);
            var builder = new IndexBuilder([new GeneratedSource(corpus)], tenant);
            clock.Restart();
            var count = await builder.RebuildAsync(rebuilt, onlyIfNeeded: false,
                new Progress<int>(n => { if (n % 20_000 == 0) Console.WriteLine($"search: rebuild {n:N0}…"); }), CancellationToken.None);
            var rebuildSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"search: rebuilt {count:N0} documents in {rebuildSeconds:F1} s: {count / rebuildSeconds:F0} docs/s");

            var timings = Time(rebuilt, options);
            var lookups = await ForbiddenVsMissing.TimeAsync(rebuilt, corpus, options);
            var report = new
            {
                benchmark = "search",
                dateUtc = DateTime.UtcNow,
                command = "./portal bench " + string.Join(' ', args),
                machine = TenantBenchReport.MachineText(),
                documents = corpus.Count,
                indexDocsPerSecond = Math.Round(corpus.Count / indexSeconds),
                indexSeconds = Math.Round(indexSeconds, 1),
                rebuildDocsPerSecond = Math.Round(count / rebuildSeconds),
                rebuildSeconds = Math.Round(rebuildSeconds, 1),
                indexBytes = Directory.GetFiles(indexFolder).Sum(f => new FileInfo(f).Length),
                queries = Queries,
                timings,
                ratioOnePercentP50 = Ratio(timings["1%"].P50, timings["plain"].P50),
                ratioOnePercentP95 = Ratio(timings["1%"].P95, timings["plain"].P95),
                ratioAllP50 = Ratio(timings["all"].P50, timings["plain"].P50),
                ratioAllP95 = Ratio(timings["all"].P95, timings["plain"].P95),
                forbiddenVsMissing = lookups,
            };
            foreach (var (name, stats) in timings)
                Console.WriteLine($"search: {name,-6} p50 {stats.P50} ms  p95 {stats.P95} ms  p99 {stats.P99} ms  ({stats.Count} queries)");
            Console.WriteLine($"search: filter/plain ratio: 1% p50 {report.ratioOnePercentP50} p95 {report.ratioOnePercentP95}; " +
                              $"all p50 {report.ratioAllP50} p95 {report.ratioAllP95} (target ≤ 1.3)");
            Console.WriteLine(lookups.Describe());
            Console.WriteLine("BENCH-JSON " + System.Text.Json.JsonSerializer.Serialize(report, ResultsFile.Json));
            Console.WriteLine($"written to {ResultsFile.Write("search.json", report)}");
            return 0;
        }
        finally
        {
            if (options.Data is null && Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every query for the three readers, in a shuffled order each round; facets counted as on the page.</summary>
    private static Dictionary<string, LatencyStats> Time(TenantIndex index, BenchOptions options)
    {
        var readers = new (string Name, Filter? Access)[]
        {
            ("1%", AccessFilter.Cached(index, new SearchIdentity(VietnameseCorpus.OnePercentReader, 2))),
            ("all", AccessFilter.Cached(index, new SearchIdentity(VietnameseCorpus.AllReader, 2))),
            ("plain", null),
        };
        var work = (from text in Queries from reader in readers
            let query = QueryBuilder.Build(QueryText.Parse(text), new SearchRequest { Q = text })
            select (reader.Name, Query: reader.Access is null ? query : IndexQuery.Restricted(query, reader.Access))).ToList();
        var samples = readers.ToDictionary(r => r.Name, _ => new List<double>());
        var random = new Random(options.Seed);
        var searcher = index.Acquire();
        try
        {
            foreach (var (_, query) in work)
                for (var i = 0; i < 5; i++)
                    IndexQuery.Run(searcher, query, byDate: false, 0, 20, facets: true);
            var rounds = Math.Max(1, options.Iterations / Queries.Length);
            var clock = new Stopwatch();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var (name, query) in work.OrderBy(_ => random.Next()))
                {
                    clock.Restart();
                    IndexQuery.Run(searcher, query, byDate: false, 0, 20, facets: true);
                    samples[name].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }
        finally
        {
            index.Release(searcher);
        }
        return samples.ToDictionary(s => s.Key, s => LatencyStats.Of(s.Value));
    }

    private static double Ratio(double a, double b) => b <= 0 ? 0 : Math.Round(a / b, 2);
}
