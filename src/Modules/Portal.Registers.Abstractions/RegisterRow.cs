using Portal.Access;

namespace Portal.Registers;

/// <summary>
/// One entry of a register: its number in the book and year, its level (a declassified entry keeps its
/// place, marked so), whether it was cancelled (it keeps its number), and its cells in the book's column order.
/// </summary>
public sealed record RegisterRow(int Year, int Number, SecrecyLevel Level, bool Cancelled, IReadOnlyList<string> Cells)
{
    /// <summary>Whether the row's cells carry the document's subject (trích yếu): a printed copy then bears the level's mark.</summary>
    public bool SubjectShown { get; init; }
}
