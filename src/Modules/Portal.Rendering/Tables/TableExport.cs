using Microsoft.Extensions.Options;

namespace Portal.Rendering.Tables;

/// <summary>The one way modules export a table; access checks and the audit entry stay with the caller.</summary>
internal sealed class TableExport(IPdfRenderer renderer, IOptions<RenderingOptions> options) : ITableExport
{
    /// <summary>Past this many columns a PDF page turns sideways.</summary>
    private const int PortraitColumns = 6;

    public async Task WriteAsync(ExportTable table, TableFormat format, Stream output, CancellationToken cancellationToken)
    {
        if (table.Columns.Count == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(table));
        switch (format)
        {
            case TableFormat.Xlsx:
                await PipedOutput.WriteAsync((stream, token) => XlsxTableWriter.WriteAsync(table, stream, token), output, cancellationToken);
                break;
            case TableFormat.Csv:
                await CsvTableWriter.WriteAsync(table, output, cancellationToken);
                break;
            case TableFormat.Pdf:
                var pdf = await renderer.RenderAsync(new PdfRequest(await TableDocument.BuildAsync(table, options.Value.MaxPdfTableRows, cancellationToken))
                {
                    Mark = table.Mark,
                    FooterNote = table.Note,
                    Landscape = table.Columns.Count > PortraitColumns,
                }, cancellationToken);
                await output.WriteAsync(pdf, cancellationToken);
                break;
            case TableFormat.Docx:
                await DocxTableWriter.WriteAsync(table, table.Columns.Count > PortraitColumns, options.Value.MaxPdfTableRows, output, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }
}
