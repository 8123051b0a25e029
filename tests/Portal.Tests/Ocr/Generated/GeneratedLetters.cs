using Portal.Ocr;

namespace Portal.Tests.Ocr.Generated;

/// <summary>30 generated letters (seeded: both layouts, both levels, every urgency, scan/fax/photo), drawn, damaged and read once.</summary>
public sealed class GeneratedLetters : IAsyncLifetime
{
    public const int Count = 30;
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-ocr-generated-").FullName;

    public List<(LetterSpec Letter, OcrResult Result)> Readings { get; } = [];

    public async Task InitializeAsync()
    {
        var files = new List<(LetterSpec, string)>();
        for (var seed = 1; seed <= Count; seed++)
        {
            var letter = LetterSpecs.Create(7_000 + seed, (Damage)(seed % 3));
            using var page = LetterRenderer.Draw(letter);
            var (bytes, extension) = PaperDamage.Apply(page, letter.Damage, new Random(letter.Seed));
            var path = Path.Combine(_folder, $"letter-{seed}{extension}");
            await File.WriteAllBytesAsync(path, bytes);
            files.Add((letter, path));
        }
        using var reader = OcrReaders.Create();
        var results = await Task.WhenAll(files.Select(async f => (f.Item1, await reader.ReadAsync(f.Item2, null, null, CancellationToken.None))));
        Readings.AddRange(results);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
