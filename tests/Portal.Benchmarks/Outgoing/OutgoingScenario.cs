using System.Diagnostics;
using Portal.Rendering;
using Portal.Signing;
using Portal.Templates;
using Portal.Templates.Services;
using Portal.Testing;

namespace Portal.Benchmarks.Outgoing;

/// <summary>
/// ./portal bench --scenario outgoing: every shipped template printed by the host's renderer kept warm
/// (one print first, not counted), one job at a time and then two at once; time per page p50/p95 and
/// pages per minute; then the printed page signed (visible block, PAdES) and verified, p50/p95.
/// </summary>
public static class OutgoingScenario
{
    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        await using var server = await PortalTestServer.StartAsync(demoTenants: false);
        var renderer = server.Get<IPdfRenderer>();
        var documents = DocumentTypes.All.Select(t => TemplateRules.Compose(DefaultTemplates.For(t), t, SampleDocument.Fields, SampleDocument.Marks, SandboxLimits.Default)).ToList();
        var pdf = await renderer.RenderAsync(new PdfRequest(documents[0]), CancellationToken.None);

        var perPage = new List<double>();
        var pages = 0;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var html in documents)
            {
                var one = Stopwatch.StartNew();
                var printed = await renderer.RenderAsync(new PdfRequest(html), CancellationToken.None);
                var count = UglyToad.PdfPig.PdfDocument.Open(printed).NumberOfPages;
                perPage.Add(one.Elapsed.TotalMilliseconds / count);
                pages += count;
            }
        }
        var sequential = pages / clock.Elapsed.TotalMinutes;
        clock.Restart();
        var twoAtOnce = await Task.WhenAll(Enumerable.Range(0, options.Rounds).SelectMany(_ => documents)
            .Select(html => renderer.RenderAsync(new PdfRequest(html), CancellationToken.None)));
        var parallel = twoAtOnce.Sum(p => UglyToad.PdfPig.PdfDocument.Open(p).NumberOfPages) / clock.Elapsed.TotalMinutes;

        var key = BenchSigningKey.Create();
        var signer = server.Get<IPdfSigner>();
        var verifier = server.Get<IPdfSignatureVerifier>();
        var signing = new List<double>();
        var verifying = new List<double>();
        for (var i = 0; i < 10 * options.Rounds; i++)
        {
            var one = Stopwatch.StartNew();
            var signed = signer.Sign(pdf, new SignatureRequest("Người ký", "Nguyễn Văn Hùng", DateTimeOffset.Now) { Box = new SignatureBox(1, 320, 120, 200, 60, ["Nguyễn Văn Hùng", "Phó Giám đốc"]) }, key);
            signing.Add(one.Elapsed.TotalMilliseconds);
            one.Restart();
            if (!verifier.Verify(signed, key).All(v => v.IsValid))
                throw new InvalidOperationException("A signature made in the run did not verify.");
            verifying.Add(one.Elapsed.TotalMilliseconds);
        }

        var render = LatencyStats.Of(perPage);
        var sign = LatencyStats.Of(signing);
        var verify = LatencyStats.Of(verifying);
        Console.WriteLine($"outgoing: {documents.Count} templates × {options.Rounds} rounds, {pages} pages");
        Console.WriteLine($"outgoing: render per page, warm        p50 {render.P50} ms, p95 {render.P95} ms");
        Console.WriteLine($"outgoing: pages per minute, 1 at a time {sequential,7:F0}");
        Console.WriteLine($"outgoing: pages per minute, all queued  {parallel,7:F0}");
        Console.WriteLine($"outgoing: sign (visible block, RSA-2048) p50 {sign.P50} ms, p95 {sign.P95} ms");
        Console.WriteLine($"outgoing: verify                        p50 {verify.P50} ms, p95 {verify.P95} ms");
        var report = new
        {
            benchmark = "outgoing",
            dateUtc = DateTime.UtcNow,
            command = "./portal bench " + string.Join(' ', args),
            machine = TenantBenchReport.MachineText(),
            renderPerPage = render,
            pagesPerMinuteSequential = sequential,
            pagesPerMinuteQueued = parallel,
            sign,
            verify,
        };
        Console.WriteLine("BENCH-JSON " + System.Text.Json.JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("outgoing.json", report)}");
        return 0;
    }
}
