namespace Portal.Rendering;

/// <summary>
/// Writes a table (a register, a list) as XLSX, CSV, PDF or DOCX, streaming its rows. Cells that begin with
/// = + - @ (or tab, CR) are written as text and neutralised, so a spreadsheet never runs them.
/// It decides nothing about who may export what: the caller checks access (IAccessCheck) for every
/// row it puts in the table and writes the export to the audit trail (IAuditTrail) itself.
/// </summary>
public interface ITableExport
{
    /// <summary>Writes the table to <paramref name="output"/>, which may be a response body (written forward only).</summary>
    Task WriteAsync(ExportTable table, TableFormat format, Stream output, CancellationToken cancellationToken);
}
