using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Rendering.Tables;

/// <summary>A document's lines as DOCX, built in memory (a document is a few pages): the header part repeats the header lines on every page.</summary>
internal sealed class DocxWriter : IDocxWriter
{
    /// <summary>A4 and the decree's margins (top 20, bottom 20, left 30, right 15 mm) in twentieths of a point.</summary>
    private const uint Width = 11906, Height = 16838, Left = 1701, Right = 850, TopAndBottom = 1134;

    public byte[] Write(DocxDocument document)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body(document.Lines.Select(Paragraph));
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(document.Header.Select(Paragraph));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new PageSize { Width = Width, Height = Height, Orient = PageOrientationValues.Portrait },
                new PageMargin { Top = (int)TopAndBottom, Bottom = (int)TopAndBottom, Left = Left, Right = Right, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
            word.PackageProperties.Title = DocxParagraphs.Clean(document.Title);
        }
        return buffer.ToArray();
    }

    private static Paragraph Paragraph(DocxLine line) => line.Mark
        ? DocxParagraphs.Mark(line.Text, line.Size)
        : DocxParagraphs.Of(line.Text, line.Align switch
        {
            DocxAlign.Center => JustificationValues.Center,
            DocxAlign.Right => JustificationValues.Right,
            DocxAlign.Justify => JustificationValues.Both,
            _ => JustificationValues.Left,
        }, line.Bold, line.Italic, line.Size);
}
