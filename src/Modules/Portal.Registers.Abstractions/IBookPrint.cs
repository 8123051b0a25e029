namespace Portal.Registers;

/// <summary>
/// Prints a book (a register, the hand-over book, the copy log) to PDF in one layout: the agency and the
/// book's official title at the head, the range and who printed it under it, then its columns with fixed
/// widths (headings repeated on every page, rows never split, landscape past six columns), the mark on
/// every page. The caller decides who may print and audits the print.
/// </summary>
public interface IBookPrint
{
    /// <summary>The PDF's bytes; throws the renderer's exception (Vietnamese message) when it cannot be made.</summary>
    Task<byte[]> PrintAsync(PrintedBook book, CancellationToken cancellationToken);

    /// <summary>
    /// A register's sheet in the book's configured columns, whichever module wrote it; its mark is the highest
    /// level among the rows whose subject shows.
    /// </summary>
    Task<byte[]> PrintAsync(RegisterSheet sheet, string agency, string printedBy, CancellationToken cancellationToken);
}
