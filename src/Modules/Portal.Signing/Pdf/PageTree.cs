using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Portal.Signing.Pdf;

/// <summary>Finds a page's object by walking the page tree, so the update can rewrite that object with the widget added.</summary>
internal static class PageTree
{
    public static IndirectReference Find(PdfObjects objects, DictionaryToken catalog, int pageNumber)
    {
        if (!catalog.TryGet(NameToken.Create("Pages"), out IndirectReferenceToken pages))
            throw new SigningException("Tệp PDF không có cây trang nên không ký được.");
        var remaining = pageNumber;
        var node = pages.Data;
        for (var depth = 0; depth < 64; depth++)
        {
            var kids = objects.ArrayOrEmpty(objects.Dictionary(node), "Kids");
            var descended = false;
            foreach (var kid in kids.OfType<IndirectReferenceToken>())
            {
                var child = objects.Dictionary(kid.Data);
                var isLeaf = !child.TryGet(NameToken.Create("Kids"), out IToken? _);
                var count = isLeaf ? 1 : child.TryGet(NameToken.Create("Count"), out NumericToken n) ? n.Int : 0;
                if (remaining > count)
                {
                    remaining -= count;
                    continue;
                }
                if (isLeaf)
                    return kid.Data;
                node = kid.Data;
                descended = true;
                break;
            }
            if (!descended)
                break;
        }
        throw new SigningException($"Không tìm thấy trang {pageNumber} trong tệp PDF.");
    }
}
