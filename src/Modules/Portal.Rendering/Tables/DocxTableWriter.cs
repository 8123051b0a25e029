using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Core.Export;

namespace Portal.Rendering.Tables;

/// <summary>
/// Writes an export as a Word document (DOCX, WordprocessingML through the Open XML SDK): the mark
/// ("MẬT", "TỐI MẬT") in bold red at the top of the first page and in the header of every page, the title,
/// the note, then the table with its headings row repeated on every page and rows never split; A4,
/// sideways past six columns. Every text is a plain run (no field, no hyperlink; paragraphs of DocxParagraphs), cleaned for XML and
/// neutralised like a spreadsheet cell, so "=HYPERLINK(…)" stays text. The document is built in memory,
/// so it holds at most as many rows as a PDF.
/// </summary>
internal static class DocxTableWriter
{
    /// <summary>A4 in twentieths of a point.</summary>
    private const uint ShortSide = 11906, LongSide = 16838, Margin = 1134;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task WriteAsync(ExportTable table, bool landscape, int maxRows, Stream output, CancellationToken cancellationToken)
    {
        var rows = new List<IReadOnlyList<string?>>();
        await foreach (var values in table.Rows.WithCancellation(cancellationToken))
        {
            if (rows.Count >= maxRows)
                throw new PdfRenderException($"Bảng có hơn {maxRows.ToString("N0", Vietnamese)} dòng, quá dài để xuất ra DOCX. "
                    + "Xin xuất ra XLSX, hoặc thu hẹp điều kiện.");
            rows.Add(values);
        }
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            if (!string.IsNullOrWhiteSpace(table.Mark))
                body.Append(DocxParagraphs.Mark(table.Mark));
            body.Append(DocxParagraphs.Of(CsvCell.Neutral(table.Title), JustificationValues.Center, bold: true, size: 28));
            if (!string.IsNullOrWhiteSpace(table.Note))
                body.Append(DocxParagraphs.Of(CsvCell.Neutral(table.Note), JustificationValues.Center, italic: true));
            body.Append(Table(table.Columns, rows));
            var section = new SectionProperties(
                new PageSize
                {
                    Width = landscape ? LongSide : ShortSide, Height = landscape ? ShortSide : LongSide,
                    Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
                },
                new PageMargin { Top = (int)Margin, Bottom = (int)Margin, Left = Margin, Right = Margin, Header = 567, Footer = 567, Gutter = 0 });
            if (!string.IsNullOrWhiteSpace(table.Mark))
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(DocxParagraphs.Mark(table.Mark));
                section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }
            body.Append(section);
            main.Document = new Document(body);
            document.PackageProperties.Title = DocxParagraphs.Clean(table.Title);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static Table Table(IReadOnlyList<string> columns, List<IReadOnlyList<string?>> rows)
    {
        var border = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.Single; b.Size = 4; b.Color = "000000"; return b; });
        var grid = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(border(new TopBorder()), border(new BottomBorder()), border(new LeftBorder()), border(new RightBorder()),
                border(new InsideHorizontalBorder()), border(new InsideVerticalBorder())),
            new TableLayout { Type = TableLayoutValues.Autofit }));
        grid.Append(new TableGrid(columns.Select(_ => new GridColumn())));
        grid.Append(Row(columns, heading: true));
        foreach (var values in rows)
            grid.Append(Row(values, heading: false));
        return grid;
    }

    private static TableRow Row(IEnumerable<string?> values, bool heading)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (heading)
            properties.Append(new TableHeader());
        var row = new TableRow(properties);
        foreach (var value in values)
        {
            var cell = new TableCell(DocxParagraphs.Of(CsvCell.Neutral(value), JustificationValues.Left, bold: heading));
            if (heading)
                cell.PrependChild(new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = "EEEEEE", Color = "auto" }));
            row.Append(cell);
        }
        return row;
    }

}
