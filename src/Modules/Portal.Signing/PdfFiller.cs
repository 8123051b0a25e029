using System.Text;
using Portal.Signing.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Portal.Signing;

/// <summary>
/// Draws texts on a page in an incremental update: Liberation Serif regular and italic embedded (Times
/// New Roman's metrics; a standard font left to the reader would be whatever it substitutes), a content stream that
/// saves the graphics state before the page's own streams and restores it before drawing (so whatever
/// the page left set does not move the text), and the page rewritten under its own number with those
/// streams and fonts added to what it had. Nothing before the update changes.
/// </summary>
public sealed class PdfFiller : IPdfFiller
{
    private static readonly NameToken Regular = NameToken.Create("PortalTimes");
    private static readonly NameToken Italic = NameToken.Create("PortalTimesItalic");
    private const string RegularFile = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";
    private const string ItalicFile = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf";

    public byte[] Fill(byte[] pdf, int page, IReadOnlyList<FilledText> texts)
    {
        if (texts.Count == 0 || texts.Any(t => t.Text.Length == 0 || t.Text.Any(c => c is < ' ' or > '~')))
            throw new SigningException("Chỉ điền được số và ngày bằng chữ số và ký tự ASCII vào văn bản đã ký.");
        var revision = PdfRevision.Read(pdf, page);
        var output = new MemoryStream(pdf.Length + 4096);
        output.Write(pdf);
        var writer = new UpdateWriter(output, revision);
        var regular = EmbeddedFont.Write(writer, RegularFile, "LiberationSerif", italic: false);
        var italic = EmbeddedFont.Write(writer, ItalicFile, "LiberationSerif-Italic", italic: true);
        var save = writer.Reserve();
        var draw = writer.Reserve();
        writer.WriteStreamObject(save, "", "q\n"u8.ToArray());
        writer.WriteStreamObject(draw, "", Content(texts));

        var resources = revision.Resources;
        var fonts = resources.Fonts.With(Regular, new IndirectReferenceToken(regular)).With(Italic, new IndirectReferenceToken(italic));
        var contents = new List<IToken> { new IndirectReferenceToken(save) };
        contents.AddRange(resources.Contents);
        contents.Add(new IndirectReferenceToken(draw));
        writer.ReplaceObject(revision.Page, revision.PageDictionary
            .With("Resources", resources.Dictionary.With("Font", fonts))
            .With("Contents", new ArrayToken(contents)));
        writer.Finish();
        return output.ToArray();
    }

    private static byte[] Content(IReadOnlyList<FilledText> texts)
    {
        var content = new StringBuilder("Q\nq\n0 g\n");
        foreach (var text in texts)
        {
            var font = text.Italic ? Italic : Regular;
            var escaped = text.Text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
            content.Append($"BT /{font.Data} {PdfText.Number(text.Size)} Tf {PdfText.Number(text.X)} {PdfText.Number(text.Y)} Td ({escaped}) Tj ET\n");
        }
        return PdfText.Ascii(content.Append("Q\n").ToString());
    }
}
