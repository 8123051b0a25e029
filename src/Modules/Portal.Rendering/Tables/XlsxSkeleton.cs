using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Rendering.Tables;

/// <summary>
/// The workbook around the sheet, made by the SDK in memory (a few kilobytes): workbook, styles and an
/// empty sheet. System.IO.Packaging keeps every part it writes in memory until the package closes
/// (50,000 rows came to about 100 MB), so the sheet itself is streamed in by <see cref="XlsxTableWriter"/>.
/// </summary>
internal static class XlsxSkeleton
{
    public static (byte[] Package, string SheetEntry) Create(string sheetName)
    {
        using var memory = new MemoryStream();
        string sheetEntry;
        using (var document = SpreadsheetDocument.Create(memory, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            // Stored, not deflated: the writer copies these few kilobytes into the export without inflating them.
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData());
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
            sheetEntry = sheet.Uri.OriginalString.TrimStart('/');
        }
        return (memory.ToArray(), sheetEntry);
    }
}
