using Portal.Signing.Pdf;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Core;

namespace Portal.Signing;

/// <summary>
/// Draws one image of the block on every page: the image is written once and each page gets a content
/// stream placing it, after a shared stream that saves the graphics state before the page's own ones
/// (so whatever the page left set does not move the block).
/// </summary>
public sealed class PdfStamp : IPdfStamp
{
    private const double Width = 210;
    private const double Height = 42;

    /// <summary>Inside the decree's 20 mm top and 15 mm right margins, so the block covers none of the text.</summary>
    private const double Inset = 12;

    private static readonly NameToken Block = NameToken.Create("PortalCopyStamp");
    private static readonly NameToken MarkBlock = NameToken.Create("PortalMarkStamp");

    public byte[] Stamp(byte[] pdf, IReadOnlyList<string> lines, IReadOnlyList<string>? mark = null)
    {
        var revision = PdfRevision.Read(pdf, 1);
        var output = new MemoryStream(pdf.Length + 65536);
        output.Write(pdf);
        var writer = new UpdateWriter(output, revision);
        var block = SignatureAppearance.Write(writer, new SignatureBox(1, 0, 0, Width, Height, lines));
        IndirectReference? marked = mark is null ? null : SignatureAppearance.Write(writer, new SignatureBox(1, 0, 0, Width, Height, mark), SignatureAppearance.Red);
        var save = writer.Reserve();
        writer.WriteStreamObject(save, "", "q\n"u8.ToArray());
        foreach (var page in revision.Pages)
        {
            var draw = writer.Reserve();
            var x = PdfText.Number(page.Width - Width - Inset);
            var y = PdfText.Number(page.Height - Height - Inset);
            var left = marked is null ? "" : $"q 1 0 0 1 {PdfText.Number(Inset)} {y} cm /{MarkBlock.Data} Do Q\n";
            writer.WriteStreamObject(draw, "", PdfText.Ascii($"Q\nq 1 0 0 1 {x} {y} cm /{Block.Data} Do Q\n{left}"));
            var xObjects = page.Resources.XObjects.With(Block, new IndirectReferenceToken(block));
            if (marked is not null)
                xObjects = xObjects.With(MarkBlock, new IndirectReferenceToken(marked.Value));
            var contents = new List<IToken> { new IndirectReferenceToken(save) };
            contents.AddRange(page.Resources.Contents);
            contents.Add(new IndirectReferenceToken(draw));
            writer.ReplaceObject(page.Reference, page.Dictionary
                .With("Resources", page.Resources.Dictionary.With("XObject", xObjects))
                .With("Contents", new ArrayToken(contents)));
        }
        writer.Finish();
        return output.ToArray();
    }
}
