using System.Diagnostics;
using System.Globalization;
using Portal.Search;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Services;

namespace Portal.Benchmarks.Search;

/// <summary>
/// Whether the time of an answer tells a forbidden document from no document: the 1% reader searches, as
/// the page does (facets counted), the exact numbers of documents it may not see and numbers of the same
/// shape that no document has, interleaved at random over many rounds, timed in microseconds. Both must
/// answer nothing; the figures are reported, not asserted (a timed assertion would fail on a busy machine).
/// Timed twice: the index query alone (Lucene's own gap), and as the service answers it — the query held
/// to the <see cref="AnswerFloor"/> — compared with <see cref="TwoSampleTest"/>.
/// </summary>
public static class ForbiddenVsMissing
{
    private const int NumbersEach = 50;

    private const int AnsweredRounds = 10;

    public sealed record Figures(int Forbidden, int Missing, int Rounds, Micro ForbiddenTimes, Micro MissingTimes,
        double FloorMs, Micro ForbiddenAnswered, Micro MissingAnswered, Comparison Answered)
    {
        public double RatioP50 => MissingTimes.P50 <= 0 ? 0 : Math.Round(ForbiddenTimes.P50 / MissingTimes.P50, 2);

        public double RatioP95 => MissingTimes.P95 <= 0 ? 0 : Math.Round(ForbiddenTimes.P95 / MissingTimes.P95, 2);

        public string Describe() =>
            $"search: forbidden number p50 {ForbiddenTimes.P50} µs p95 {ForbiddenTimes.P95} µs ({ForbiddenTimes.Count} queries, {Forbidden} numbers); " +
            $"missing number p50 {MissingTimes.P50} µs p95 {MissingTimes.P95} µs ({MissingTimes.Count} queries, {Missing} numbers); " +
            $"forbidden/missing p50 {RatioP50} p95 {RatioP95}. As answered (floor {FloorMs} ms): forbidden p50 {ForbiddenAnswered.P50} µs " +
            $"p95 {ForbiddenAnswered.P95} µs, missing p50 {MissingAnswered.P50} µs p95 {MissingAnswered.P95} µs ({MissingAnswered.Count} each); " +
            Answered.Verdict;
    }

    /// <summary>Percentiles (nearest rank) in microseconds.</summary>
    public sealed record Micro(int Count, double P50, double P95, double P99, double Mean)
    {
        public static Micro Of(List<double> microseconds)
        {
            var sorted = microseconds.Order().ToArray();
            double Rank(double p) => Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
            return new Micro(sorted.Length, Rank(0.50), Rank(0.95), Rank(0.99), Math.Round(sorted.Average(), 1));
        }
    }

    private static List<double> Milliseconds(List<double> microseconds) => microseconds.Select(us => us / 1000).ToList();

    public static async Task<Figures> TimeAsync(TenantIndex index, IReadOnlyList<(SearchableDocument Document, string Text)> corpus, BenchOptions options)
    {
        var reader = new SearchIdentity(VietnameseCorpus.OnePercentReader, 2);
        // Numbers the reader may see under some document are not forbidden ones: only numbers no visible document has.
        var visible = corpus.Where(c => c.Document.AccessList.Contains(VietnameseCorpus.OnePercentReader))
            .Select(c => c.Document.Number).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var random = new Random(options.Seed + 1);
        var forbidden = corpus.Select(c => c.Document.Number).Where(n => !visible.Contains(n)).Distinct()
            .OrderBy(_ => random.Next()).Take(NumbersEach).ToList();
        var existing = corpus.Select(c => c.Document.Number).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The same shape (a number and an existing symbol), a number no generated document has.
        var missing = forbidden.Select((n, i) => $"{30_000 + i * 7}/{n[(n.IndexOf('/') + 1)..]}").Where(n => !existing.Contains(n)).ToList();
        var access = AccessFilter.Cached(index, reader);
        var work = forbidden.Select(n => (Forbidden: true, Number: n)).Concat(missing.Select(n => (Forbidden: false, Number: n)))
            .Select(w => (w.Forbidden, w.Number, Query: IndexQuery.Restricted(QueryBuilder.Build(QueryText.Parse(w.Number), new SearchRequest { Q = w.Number }), access)))
            .ToList();
        var samples = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        var answered = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        var floor = new AnswerFloor(AnswerFloor.Default);
        var searcher = index.Acquire();
        var rounds = Math.Max(20, options.Iterations / Math.Max(1, work.Count) * 5);
        try
        {
            foreach (var w in work)
            {
                var answer = IndexQuery.Run(searcher, w.Query, byDate: false, 0, 20, facets: true);
                if (answer.Total != 0)
                    throw new InvalidOperationException($"The 1% reader found {answer.Total} documents numbered {w.Number} ({(w.Forbidden ? "forbidden" : "missing")}).");
                for (var i = 0; i < 20; i++)
                    IndexQuery.Run(searcher, w.Query, byDate: false, 0, 20, facets: true);
            }
            var clock = new Stopwatch();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var w in work.OrderBy(_ => random.Next()))
                {
                    clock.Restart();
                    IndexQuery.Run(searcher, w.Query, byDate: false, 0, 20, facets: true);
                    samples[w.Forbidden].Add(clock.Elapsed.TotalMicroseconds);
                }
            }
            for (var round = 0; round < AnsweredRounds; round++)
            {
                foreach (var w in work.OrderBy(_ => random.Next()))
                {
                    var started = Stopwatch.GetTimestamp();
                    IndexQuery.Run(searcher, w.Query, byDate: false, 0, 20, facets: true);
                    await floor.HoldAsync(started, CancellationToken.None);
                    answered[w.Forbidden].Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                }
            }
        }
        finally
        {
            index.Release(searcher);
        }
        return new Figures(forbidden.Count, missing.Count, rounds, Micro.Of(samples[true]), Micro.Of(samples[false]),
            floor.Floor.TotalMilliseconds, Micro.Of(answered[true]), Micro.Of(answered[false]),
            TwoSampleTest.Compare(Milliseconds(answered[true]), Milliseconds(answered[false]), options.Seed));
    }
}
