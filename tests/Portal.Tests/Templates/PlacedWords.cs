using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.Tests.Templates;

/// <summary>The words of a PDF's first page with their places (PDF points, origin at the lower left), to check where the layout put them.</summary>
public sealed class PlacedWords
{
    private readonly IReadOnlyList<Word> _words;

    private PlacedWords(IReadOnlyList<Word> words, double width, double height)
    {
        _words = words;
        Width = width;
        Height = height;
    }

    public double Width { get; }
    public double Height { get; }

    public IEnumerable<Word> All => _words;

    public static PlacedWords FirstPage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        return new PlacedWords(page.GetWords().ToList(), page.Width, page.Height);
    }

    /// <summary>The first word whose text is exactly <paramref name="text"/> (case matters: "MẬT" is the stamp, "mật" is prose).</summary>
    public Word Find(string text) =>
        _words.FirstOrDefault(w => w.Text == text) ?? throw new Xunit.Sdk.XunitException($"No word '{text}' on page 1: {string.Join(" ", _words.Select(w => w.Text))}");

    /// <summary>The first word of the first run of words that reads <paramref name="phrase"/>.</summary>
    public Word FindPhrase(string phrase)
    {
        var parts = phrase.Split(' ');
        for (var i = 0; i + parts.Length <= _words.Count; i++)
        {
            if (parts.Select((p, k) => _words[i + k].Text == p).All(x => x))
                return _words[i];
        }
        throw new Xunit.Sdk.XunitException($"No phrase '{phrase}' on page 1: {string.Join(" ", _words.Select(w => w.Text))}");
    }
}
