using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Tests.Rendering;

/// <summary>An exported workbook as Excel reads it: its one sheet's name and cells by row number.</summary>
public sealed record SheetRows(string Name, IReadOnlyDictionary<uint, IReadOnlyList<Cell>> Rows)
{
    public static SheetRows Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        return new SheetRows(sheet.Name!, data.Elements<Row>().ToDictionary(r => r.RowIndex!.Value,
            r => (IReadOnlyList<Cell>)r.Elements<Cell>().Select(c => (Cell)c.CloneNode(true)).ToList()));
    }

    public IReadOnlyList<string> Texts(uint row) => Rows[row].Select(c => c.InnerText).ToList();
}
