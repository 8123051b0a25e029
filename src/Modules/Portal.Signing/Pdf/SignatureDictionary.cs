using UglyToad.PdfPig.Core;

namespace Portal.Signing.Pdf;

/// <summary>Writes the signature dictionary with room for its /ByteRange and /Contents, filled in once the file's length is known.</summary>
internal static class SignatureDictionary
{
    private const string RangeTemplate = "0 0000000000 0000000000 0000000000";

    public static SignaturePlaceholder Write(UpdateWriter writer, IndirectReference reference, SignatureRequest request)
    {
        var head = "<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached"
            + $" /Name {PdfText.String(request.SignerName)} /M {PdfText.Date(request.Time)}"
            + (request.Reason is { } reason ? $" /Reason {PdfText.String(reason)}" : "")
            + (request.Location is { } location ? $" /Location {PdfText.String(location)}" : "")
            + " /ByteRange [";
        var middle = "] /Contents ";
        var contents = "<" + new string('0', PdfSigner.ContentsCapacity * 2) + ">";
        var bodyStart = writer.WriteObject(reference, head + RangeTemplate + middle + contents + ">>");
        var rangeOffset = bodyStart + head.Length;
        return new SignaturePlaceholder(rangeOffset, RangeTemplate.Length, rangeOffset + RangeTemplate.Length + middle.Length, contents.Length);
    }
}
