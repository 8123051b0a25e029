using Portal.Ocr;

namespace Portal.Tests.Ocr;

/// <summary>Every sample read once through the worker, two at a time (both cores), shared by the sample tests.</summary>
public sealed class SampleReadings : IAsyncLifetime
{
    private readonly Dictionary<string, OcrResult> _results = [];

    public OcrResult this[string name] => _results[name];

    public OcrResult RawDecisionFax { get; private set; } = null!;

    public OcrResult DecisionFax { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var reader = OcrReaders.Create();
        var letters = OcrSamples.Letters.Select(async name => (name, await reader.ReadAsync(OcrSamples.Image(name), null, null, CancellationToken.None)));
        var fax = Path.Combine(OcrSamples.Folder, "decision-fax.png");
        var decision = reader.ReadAsync(fax, null, null, preprocess: true, CancellationToken.None);
        var raw = reader.ReadAsync(fax, null, null, preprocess: false, CancellationToken.None);
        foreach (var (name, result) in await Task.WhenAll(letters))
            _results[name] = result;
        DecisionFax = await decision;
        RawDecisionFax = await raw;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
