using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Portal.Signing.Pdf;

/// <summary>Finds the signature fields of a document's form (top-level fields and their kids) with their signature dictionaries.</summary>
internal static class SignatureFields
{
    public static IReadOnlyList<SignatureField> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true });
        var objects = new PdfObjects(document.Structure);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        if (!catalog.TryGet(NameToken.Create("AcroForm"), out IToken? form) || objects.Resolve(form) is not DictionaryToken acroForm)
            return [];
        var found = new List<SignatureField>();
        var queue = new Queue<(IToken Field, int Depth)>(objects.ArrayOrEmpty(acroForm, "Fields").Select(f => (f, 0)));
        while (queue.Count > 0 && found.Count < 256)
        {
            var (token, depth) = queue.Dequeue();
            if (objects.Resolve(token) is not DictionaryToken field)
                continue;
            if (depth < 8)
                foreach (var kid in objects.ArrayOrEmpty(field, "Kids"))
                    queue.Enqueue((kid, depth + 1));
            if (field.TryGet(NameToken.Create("V"), out IToken? value) && objects.Resolve(value) is DictionaryToken signature
                && Of(field, signature, objects) is { } read)
                found.Add(read);
        }
        return found;
    }

    private static SignatureField? Of(DictionaryToken field, DictionaryToken signature, PdfObjects objects)
    {
        if (!signature.TryGet(NameToken.Create("ByteRange"), out IToken? range) || objects.Resolve(range) is not ArrayToken numbers
            || !signature.TryGet(NameToken.Create("Contents"), out IToken? contents))
            return null;
        var byteRange = numbers.Data.Select(n => objects.Resolve(n) is NumericToken number ? number.Long : -1).ToArray();
        var name = field.TryGet(NameToken.Create("T"), out IToken? t) ? PdfStrings.Text(objects.Resolve(t)) ?? "" : "";
        var time = signature.TryGet(NameToken.Create("M"), out IToken? m) ? ParseDate(PdfStrings.Text(objects.Resolve(m))) : null;
        return new SignatureField(name, byteRange, PdfStrings.Bytes(objects.Resolve(contents)) ?? [], time);
    }

    /// <summary>Reads "D:YYYYMMDDHHmmSS+HH'mm'" (the parts after the year are optional in the standard; Portal writes them all).</summary>
    private static DateTimeOffset? ParseDate(string? text)
    {
        if (text is null || !text.StartsWith("D:", StringComparison.Ordinal) || text.Length < 16)
            return null;
        if (!DateTime.TryParseExact(text[2..16], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return null;
        var zone = text[16..].Replace("'", "", StringComparison.Ordinal);
        if (zone is "" or "Z")
            return new DateTimeOffset(local, TimeSpan.Zero);
        return zone.Length >= 5 && int.TryParse(zone[1..3], CultureInfo.InvariantCulture, out var hours) && int.TryParse(zone[3..5], CultureInfo.InvariantCulture, out var minutes)
            ? new DateTimeOffset(local, (zone[0] == '-' ? -1 : 1) * new TimeSpan(hours, minutes, 0))
            : null;
    }
}
