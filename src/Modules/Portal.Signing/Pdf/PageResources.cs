using UglyToad.PdfPig.Tokens;

namespace Portal.Signing.Pdf;

/// <summary>
/// A page's resources and content streams resolved, so an update can add a font, an image and a content stream
/// while keeping every resource the page already uses (the originals are referenced, not copied).
/// </summary>
internal sealed record PageResources(DictionaryToken Dictionary, DictionaryToken Fonts, DictionaryToken XObjects, IReadOnlyList<IToken> Contents)
{
    public static PageResources Of(PdfObjects objects, DictionaryToken page)
    {
        var resources = page.TryGet(NameToken.Create("Resources"), out IToken? r) && objects.Resolve(r) is DictionaryToken d
            ? d
            : new DictionaryToken(new Dictionary<NameToken, IToken>());
        var fonts = Entry(objects, resources, "Font");
        // /Contents is one stream or an array of them; an array may itself be an indirect object.
        IReadOnlyList<IToken> contents = !page.TryGet(NameToken.Create("Contents"), out IToken? c) ? []
            : c is IndirectReferenceToken && objects.Resolve(c) is ArrayToken referenced ? referenced.Data
            : c is ArrayToken array ? array.Data
            : [c];
        return new PageResources(resources, fonts, Entry(objects, resources, "XObject"), contents);
    }

    private static DictionaryToken Entry(PdfObjects objects, DictionaryToken resources, string key) =>
        resources.TryGet(NameToken.Create(key), out IToken? value) && objects.Resolve(value) is DictionaryToken dictionary
            ? dictionary
            : new DictionaryToken(new Dictionary<NameToken, IToken>());
}
