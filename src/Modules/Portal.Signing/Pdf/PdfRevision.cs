using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Portal.Signing.Pdf;

/// <summary>
/// The last revision of a PDF as an incremental update needs it: where its cross-reference section
/// starts and of which kind, the next free object number, the catalog, the page that gets the
/// signature's widget, and the form's fields so far. Nothing of the file is changed.
/// </summary>
internal sealed class PdfRevision
{
    private const string Encrypted = "Tệp PDF được mã hóa bằng mật khẩu nên không ký được; hãy dùng bản không đặt mật khẩu.";

    private PdfRevision(long length, long previousXref, bool xrefIsStream, int size, IndirectReference root, IToken? info, ArrayToken? id,
        DictionaryToken catalog, IndirectReference page, DictionaryToken pageDictionary, IReadOnlyList<IToken> annotations,
        IndirectReference? acroFormReference, DictionaryToken? acroForm, IReadOnlyList<IToken> fields, IReadOnlySet<string> fieldNames,
        PageResources resources, IReadOnlyList<RevisionPage> pages)
    {
        Resources = resources;
        Pages = pages;
        Length = length;
        PreviousXref = previousXref;
        XrefIsStream = xrefIsStream;
        Size = size;
        Root = root;
        Info = info;
        Id = id;
        Catalog = catalog;
        Page = page;
        PageDictionary = pageDictionary;
        Annotations = annotations;
        AcroFormReference = acroFormReference;
        AcroForm = acroForm;
        Fields = fields;
        FieldNames = fieldNames;
    }

    public long Length { get; }
    public long PreviousXref { get; }
    public bool XrefIsStream { get; }
    public int Size { get; }
    public IndirectReference Root { get; }
    public IToken? Info { get; }
    public ArrayToken? Id { get; }
    public DictionaryToken Catalog { get; }
    public IndirectReference Page { get; }
    public DictionaryToken PageDictionary { get; }
    public IReadOnlyList<IToken> Annotations { get; }
    public IndirectReference? AcroFormReference { get; }
    public DictionaryToken? AcroForm { get; }
    public IReadOnlyList<IToken> Fields { get; }
    public IReadOnlySet<string> FieldNames { get; }
    public PageResources Resources { get; }

    /// <summary>Every page, for an update that adds to each of them (a copy's stamp).</summary>
    public IReadOnlyList<RevisionPage> Pages { get; }

    public static PdfRevision Read(byte[] pdf, int pageNumber)
    {
        using var document = OpenStrict(pdf);
        var structure = document.Structure;
        if (structure.Trailer.EncryptionToken is not null)
            throw new SigningException(Encrypted);
        if (pageNumber < 1 || pageNumber > document.NumberOfPages)
            throw new SigningException($"Tệp PDF không có trang {pageNumber} để đặt chữ ký.");

        var objects = new PdfObjects(structure);
        var root = structure.Trailer.Root;
        var catalog = objects.Dictionary(root);
        var page = PageTree.Find(objects, catalog, pageNumber);
        var pageDictionary = objects.Dictionary(page);
        var annotations = objects.ArrayOrEmpty(pageDictionary, "Annots");

        IndirectReference? acroFormReference = null;
        DictionaryToken? acroForm = null;
        if (catalog.TryGet(NameToken.Create("AcroForm"), out IToken? form))
        {
            if (form is IndirectReferenceToken formReference)
                acroFormReference = formReference.Data;
            acroForm = objects.Resolve(form) as DictionaryToken;
        }
        var fields = acroForm is null ? [] : objects.ArrayOrEmpty(acroForm, "Fields");
        var names = fields.Select(f => objects.Resolve(f) as DictionaryToken)
            .Select(f => f is not null && f.TryGet(NameToken.Create("T"), out IToken? t) ? PdfStrings.Text(t) : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);

        var pages = Enumerable.Range(1, document.NumberOfPages).Select(n =>
        {
            var reference = PageTree.Find(objects, catalog, n);
            var dictionary = objects.Dictionary(reference);
            var size = document.GetPage(n);
            return new RevisionPage(reference, dictionary, PageResources.Of(objects, dictionary), size.Width, size.Height);
        }).ToList();
        var id = structure.Trailer.Identifier is { Count: > 0 } identifier ? new ArrayToken(identifier.ToList()) : null;
        var previousXref = LastStartXref(pdf);
        return new PdfRevision(pdf.LongLength, previousXref, !StartsWithXrefKeyword(pdf, previousXref),
            structure.Trailer.Size, root, structure.Trailer.Info, id,
            catalog, page, pageDictionary, annotations, acroFormReference, acroForm, fields, names, PageResources.Of(objects, pageDictionary), pages);
    }

    /// <summary>
    /// The offset after the file's last "startxref": the newest section, which the update's /Prev must
    /// name (the parser's own offset is the first section it read, not always the newest).
    /// </summary>
    private static long LastStartXref(byte[] pdf)
    {
        var tail = Math.Min(pdf.Length, 4096);
        var text = System.Text.Encoding.Latin1.GetString(pdf, pdf.Length - tail, tail);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var digits = at < 0 ? "" : new string(text[(at + "startxref".Length)..].TrimStart().TakeWhile(char.IsAsciiDigit).ToArray());
        return long.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var offset) && offset < pdf.LongLength
            ? offset
            : throw new SigningException("Tệp PDF thiếu phần kết thúc (startxref) nên không ký được; tệp có thể bị cắt cụt.");
    }

    /// <summary>A classic table starts with the keyword; anything else at that offset is a cross-reference stream object.</summary>
    private static bool StartsWithXrefKeyword(byte[] pdf, long offset) =>
        offset >= 0 && offset + 4 <= pdf.LongLength && pdf.AsSpan((int)offset, 4).SequenceEqual("xref"u8);

    private static PdfDocument OpenStrict(byte[] pdf)
    {
        try
        {
            return PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false });
        }
        catch (UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException)
        {
            throw new SigningException(Encrypted);
        }
        catch (Exception e) when (e is not SigningException)
        {
            // Whatever the parser objects to, the person is told the same: this is no PDF that can be signed.
            throw new SigningException("Tệp không phải PDF hợp lệ nên không ký được.");
        }
    }
}
