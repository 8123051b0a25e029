using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Rendering.Tables;

/// <summary>
/// Writes an export as XLSX: the SDK's skeleton copied into a forward-only zip, its sheet replaced by
/// one written row by row with <see cref="OpenXmlWriter"/> as the rows arrive. Mark, title and note
/// head the sheet; the headings row is frozen. Writes synchronously: see <see cref="PipedOutput"/>.
/// </summary>
internal static class XlsxTableWriter
{
    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        var (package, sheetEntry) = XlsxSkeleton.Create(SheetName.From(table.Title));
        using var skeleton = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in skeleton.Entries)
        {
            using var target = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
            if (entry.FullName == sheetEntry)
            {
                await WriteSheetAsync(table, target, cancellationToken);
                continue;
            }
            using var source = entry.Open();
            source.CopyTo(target);
        }
    }

    private static async Task WriteSheetAsync(ExportTable table, Stream target, CancellationToken cancellationToken)
    {
        var head = new List<(string? Text, uint Style)>();
        if (!string.IsNullOrWhiteSpace(table.Mark))
            head.Add((table.Mark, XlsxStyles.Mark));
        head.Add((table.Title, XlsxStyles.Bold));
        if (!string.IsNullOrWhiteSpace(table.Note))
            head.Add((table.Note, XlsxStyles.Normal));
        var headings = (uint)head.Count + 2;

        using var writer = OpenXmlWriter.Create(target);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = headings, TopLeftCell = $"A{headings + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(new Column { Min = 1, Max = (uint)table.Columns.Count, Width = 24, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        uint row = 0;
        foreach (var (text, style) in head)
            SheetCells.WriteRow(writer, ++row, [text], style);
        SheetCells.WriteRow(writer, headings, table.Columns, XlsxStyles.Bold);
        row = headings;
        await foreach (var values in table.Rows.WithCancellation(cancellationToken))
            SheetCells.WriteRow(writer, ++row, values);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
