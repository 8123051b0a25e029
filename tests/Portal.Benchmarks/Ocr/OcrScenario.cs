using System.Diagnostics;
using Microsoft.Extensions.Options;
using Portal.Ocr;
using Portal.Ocr.Services;
using Portal.Ocr.Worker.Fields;

namespace Portal.Benchmarks;

/// <summary>
/// ./portal bench --scenario ocr: pages per minute on the shared samples read by Portal's isolated
/// workers (both cores), against the tesseract command on the same images in the same run (two
/// `tesseract -l vie` processes at once, OMP_THREAD_LIMIT=1), after one unmeasured run of each, rounds
/// alternating which goes first;
/// the peak memory of a worker; the fax's character error rate with and without preprocessing.
/// </summary>
public static class OcrScenario
{
    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var loadBefore = MachineLoad.OneMinute();
        var folder = SamplesFolder();
        var images = Directory.GetFiles(folder).Where(f => f.EndsWith(".jpg", StringComparison.Ordinal) || f.EndsWith(".png", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        using var reader = new IsolatedOcrReader(Options.Create(new OcrOptions { MaxWorkers = 2 }));
        var ours = new List<double>();
        var theirs = new List<double>();
        long peak = 0;
        async Task<double> Ours()
        {
            var clock = Stopwatch.StartNew();
            var results = await Task.WhenAll(images.Select(i => reader.ReadAsync(i, null, null, CancellationToken.None)));
            peak = Math.Max(peak, results.Max(r => r.PeakMemoryBytes));
            return results.Sum(r => r.Pages) / clock.Elapsed.TotalMinutes;
        }
        async Task<double> Theirs() => images.Count / (await TesseractCommandAsync(images)).TotalMinutes;
        // One unmeasured run of each first: a server reads with its files in the page cache, and so does tesseract.
        await Ours();
        await Theirs();
        for (var round = 0; round < options.Rounds; round++)
        {
            if (round % 2 == 0)
            {
                ours.Add(await Ours());
                theirs.Add(await Theirs());
            }
            else
            {
                theirs.Add(await Theirs());
                ours.Add(await Ours());
            }
            Console.WriteLine($"ocr: round {round + 1}: Portal {ours[^1]:F1} pages/min, tesseract command {theirs[^1]:F1} pages/min");
        }
        var truth = File.ReadAllText(Path.Combine(folder, "decision.gt.txt")).Trim();
        var fax = Path.Combine(folder, "decision-fax.png");
        var with = Cer((await reader.ReadAsync(fax, null, null, preprocess: true, CancellationToken.None)).Text, truth);
        var without = Cer((await reader.ReadAsync(fax, null, null, preprocess: false, CancellationToken.None)).Text, truth);
        var ratio = ours.Sum() / theirs.Sum();
        Console.WriteLine($"ocr: {images.Count} pages per run, {options.Rounds} rounds");
        Console.WriteLine($"ocr: Portal (queue of 2 workers)      {ours.Average(),7:F1} pages/min");
        Console.WriteLine($"ocr: tesseract -l vie, 2 at once     {theirs.Average(),7:F1} pages/min");
        Console.WriteLine($"ocr: ratio                           {ratio,7:F2}");
        Console.WriteLine($"ocr: peak worker memory (VmHWM)      {peak / (1 << 20),7} MB");
        Console.WriteLine($"ocr: fax CER with preprocessing      {with,7:P2}");
        Console.WriteLine($"ocr: fax CER without preprocessing   {without,7:P2}");
        var report = new
        {
            benchmark = "ocr",
            dateUtc = DateTime.UtcNow,
            command = "./portal bench " + string.Join(' ', args),
            machine = TenantBenchReport.MachineText(),
            loadBefore,
            loadAfter = MachineLoad.OneMinute(),
            pagesPerRun = images.Count,
            portalPagesPerMinute = ours,
            tesseractPagesPerMinute = theirs,
            ratio,
            peakWorkerBytes = peak,
            faxCerWithPreprocessing = with,
            faxCerWithoutPreprocessing = without,
        };
        Console.WriteLine("BENCH-JSON " + System.Text.Json.JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("ocr.json", report)}");
        return 0;
    }

    /// <summary>The images through `tesseract IMAGE - -l vie`, two processes at a time, each single-threaded.</summary>
    private static async Task<TimeSpan> TesseractCommandAsync(IReadOnlyList<string> images)
    {
        var queue = new Queue<string>(images);
        var clock = Stopwatch.StartNew();
        async Task Lane()
        {
            while (true)
            {
                string image;
                lock (queue)
                {
                    if (queue.Count == 0)
                        return;
                    image = queue.Dequeue();
                }
                var start = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var arg in new[] { image, "-", "-l", "vie" })
                    start.ArgumentList.Add(arg);
                start.Environment["OMP_THREAD_LIMIT"] = "1";
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                await process.StandardError.ReadToEndAsync();
                await output;
                await process.WaitForExitAsync();
            }
        }
        await Task.WhenAll(Lane(), Lane());
        return clock.Elapsed;
    }

    private static double Cer(string read, string truth) => (double)Levenshtein.Distance(read, truth) / truth.Length;

    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "samples", "scans"));
        }
        throw new InvalidOperationException("Portal.sln not found above the benchmark.");
    }
}
