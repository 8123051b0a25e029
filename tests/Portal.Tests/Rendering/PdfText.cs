using UglyToad.PdfPig;

namespace Portal.Tests.Rendering;

/// <summary>What a reader of the PDF finds in it: each page's text (PdfPig), its size and the fonts used.</summary>
public sealed record PdfText(IReadOnlyList<string> Pages, IReadOnlyList<(double Width, double Height)> Sizes, IReadOnlySet<string> Fonts)
{
    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        return new PdfText(
            pages.Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList(),
            pages.Select(p => (p.Width, p.Height)).ToList(),
            pages.SelectMany(p => p.Letters).Select(l => l.FontName ?? "").ToHashSet());
    }

    public string All => string.Join("\n", Pages);
}
