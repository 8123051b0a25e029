using System.Text;
using Portal.Core.Export;

namespace Portal.Rendering.Tables;

/// <summary>
/// Writes an export as CSV: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as
/// Windows-1252), CRLF lines, every cell quoted and neutralised by <see cref="CsvCell"/>. The mark,
/// title and note come first, one per line, then a blank line, the headings and the rows.
/// </summary>
internal static class CsvTableWriter
{
    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        foreach (var line in new[] { table.Mark, table.Title, table.Note }.Where(l => !string.IsNullOrWhiteSpace(l)))
            await writer.WriteLineAsync(CsvCell.Row(line).AsMemory(), cancellationToken);
        await writer.WriteLineAsync();
        await writer.WriteLineAsync(CsvCell.Row([.. table.Columns]).AsMemory(), cancellationToken);
        await foreach (var values in table.Rows.WithCancellation(cancellationToken))
            await writer.WriteLineAsync(CsvCell.Row([.. values]).AsMemory(), cancellationToken);
    }
}
