using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Portal.Core.Export;

namespace Portal.Rendering.Tables;

/// <summary>
/// Rows as the sheet holds them: every cell an inline string (never a formula, never a number that
/// Excel would reformat), its text neutralised like a CSV cell, so "=HYPERLINK(…)" stays text.
/// Inline strings keep nothing in memory between rows, unlike a shared-string table.
/// </summary>
internal static class SheetCells
{
    public static void WriteRow(OpenXmlWriter writer, uint index, IEnumerable<string?> values, uint style = XlsxStyles.Normal)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        foreach (var value in values)
            writer.WriteElement(Text(value, style));
        writer.WriteEndElement();
    }

    private static Cell Text(string? value, uint style)
    {
        var cell = new Cell(new InlineString(new Text(XmlText.Clean(CsvCell.Neutral(value))) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
        };
        if (style != XlsxStyles.Normal)
            cell.StyleIndex = style;
        return cell;
    }
}
