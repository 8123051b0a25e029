using Portal.Signing.Cms;
using Portal.Signing.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Portal.Signing;

/// <summary>
/// Signs a PDF by appending an incremental update: a signature field with its widget on the chosen
/// page, the signature dictionary whose /ByteRange covers every byte but its own /Contents, and the
/// CMS in /Contents. The input's bytes are copied unchanged, so every earlier signature still verifies.
/// </summary>
public sealed class PdfSigner : IPdfSigner
{
    /// <summary>Bytes reserved for the CMS: a 4096-bit RSA signature with a chain of three certificates fits with room to spare.</summary>
    public const int ContentsCapacity = 16 * 1024;

    public byte[] Sign(byte[] pdf, SignatureRequest request, ISigningKey key)
    {
        var revision = PdfRevision.Read(pdf, request.Box?.Page ?? 1);
        if (revision.FieldNames.Contains(request.FieldName))
            throw new SigningException($"Văn bản đã có chữ ký tên '{request.FieldName}'.");

        var output = new MemoryStream(pdf.Length + ContentsCapacity * 2 + 8192);
        output.Write(pdf);
        var writer = new UpdateWriter(output, revision);
        var signature = writer.Reserve();
        var widget = writer.Reserve();
        var appearance = request.Box is { } box ? SignatureAppearance.Write(writer, box) : (IndirectReference?)null;

        var placeholder = SignatureDictionary.Write(writer, signature, request);
        writer.WriteObject(widget, WidgetText(request, signature, revision.Page, appearance));
        writer.ReplaceObject(revision.Page, revision.PageDictionary.With("Annots",
            new ArrayToken(revision.Annotations.Append(new IndirectReferenceToken(widget)).ToList())));
        WriteForm(writer, revision, widget);
        writer.Finish();

        var signed = output.ToArray();
        var ranges = placeholder.Seal(signed);
        var cms = CadesSignature.Create(ranges.SignedBytes(signed), key);
        placeholder.FillContents(signed, cms);
        return signed;
    }

    private static string WidgetText(SignatureRequest request, IndirectReference signature, IndirectReference page, IndirectReference? appearance)
    {
        var box = request.Box;
        var rect = box is null
            ? "[0 0 0 0]"
            : $"[{PdfText.Number(box.X)} {PdfText.Number(box.Y)} {PdfText.Number(box.X + box.Width)} {PdfText.Number(box.Y + box.Height)}]";
        var ap = appearance is { } a ? $" /AP <</N {a.ObjectNumber} 0 R>>" : "";
        // Flags 132 = Print + Locked: the block prints with the page and cannot be moved.
        return $"<</Type /Annot /Subtype /Widget /FT /Sig /F 132 /T {PdfText.String(request.FieldName)} /V {signature.ObjectNumber} 0 R"
            + $" /P {page.ObjectNumber} {page.Generation} R /Rect {rect}{ap}>>";
    }

    private static void WriteForm(UpdateWriter writer, PdfRevision revision, IndirectReference widget)
    {
        var fields = new ArrayToken(revision.Fields.Append(new IndirectReferenceToken(widget)).ToList());
        var form = (revision.AcroForm ?? new DictionaryToken(new Dictionary<NameToken, IToken>()))
            .With("Fields", fields)
            .With("SigFlags", new NumericToken(3));
        if (revision.AcroFormReference is { } formReference)
            writer.ReplaceObject(formReference, form);
        else
            writer.ReplaceObject(revision.Root, revision.Catalog.With("AcroForm", form));
    }
}
