using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Portal.Tests.Rendering;

/// <summary>What each page of a PDF places besides its text: the names of the images and forms in its resources (a stamp drawn as an image).</summary>
public static class PlacedObjects
{
    public static IReadOnlyList<IReadOnlyList<string>> Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page =>
            page.Dictionary.TryGet(NameToken.Create("Resources"), out DictionaryToken resources)
            && resources.TryGet(NameToken.Create("XObject"), out DictionaryToken images)
                ? (IReadOnlyList<string>)images.Data.Keys.ToList()
                : []).ToList();
    }
}
