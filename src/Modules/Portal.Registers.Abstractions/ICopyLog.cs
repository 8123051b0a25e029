namespace Portal.Registers;

/// <summary>
/// The copy log (sổ quản lý sao, chụp, DOMAIN.md §2.4 form 12) shared by every module whose secret
/// documents leave the system as copies: each print, download, view or DOCX takes the next copy number
/// ("Bản số"), unique in the agency, and is written here with the person and the time. A copy past the
/// number the document allows is refused before anything is written.
/// </summary>
public interface ICopyLog
{
    /// <summary>
    /// Writes the copy and returns its number, inside the caller's transaction when there is one (so a
    /// rollback takes the line back). Throws <c>RequestRefusedException</c> with a Vietnamese reason when the
    /// document's allowed copies are all taken.
    /// </summary>
    Task<TakenCopy> TakeAsync(CopyRequest request, CancellationToken cancellationToken);

    /// <summary>Who took a copy of the document (user ids, each once): the holders a change of its level is told to.</summary>
    Task<IReadOnlyList<string>> HoldersAsync(string documentKind, int documentId, CancellationToken cancellationToken);

    /// <summary>The lines of a range of days (Vietnam time), oldest first.</summary>
    Task<IReadOnlyList<CopyLogLine>> LinesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
