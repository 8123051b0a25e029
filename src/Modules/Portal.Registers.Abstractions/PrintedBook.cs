namespace Portal.Registers;

/// <summary>
/// A book as printed: the agency, the official title, the line under it (name and code), the range line,
/// the columns and rows, the mark of the highest level whose content shows (none when none does), and
/// the note at the foot of every page.
/// </summary>
public sealed record PrintedBook(string Agency, string Title, string Subtitle, string Range, IReadOnlyList<PrintedColumn> Columns,
    IReadOnlyList<PrintedRow> Rows, string? Mark, string FooterNote);
