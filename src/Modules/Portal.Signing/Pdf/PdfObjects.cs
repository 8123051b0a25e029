using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Portal.Signing.Pdf;

/// <summary>Resolves indirect references of one parsed PDF into their tokens.</summary>
internal sealed class PdfObjects(UglyToad.PdfPig.Structure structure)
{
    public IToken Resolve(IToken token)
    {
        var hops = 0;
        while (token is IndirectReferenceToken reference)
        {
            if (++hops > 32)
                throw new SigningException("Tệp PDF có tham chiếu vòng nên không ký được.");
            token = structure.GetObject(reference.Data).Data;
        }
        return token;
    }

    public DictionaryToken Dictionary(IndirectReference reference) =>
        Resolve(new IndirectReferenceToken(reference)) as DictionaryToken
        ?? throw new SigningException("Cấu trúc tệp PDF không đúng chuẩn nên không ký được.");

    public IReadOnlyList<IToken> ArrayOrEmpty(DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out IToken? value) && Resolve(value) is ArrayToken array ? array.Data : [];
}
