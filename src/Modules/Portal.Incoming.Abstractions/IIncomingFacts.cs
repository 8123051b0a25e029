namespace Portal.Incoming;

/// <summary>What another module may file, list or print of an incoming document (a work dossier's contents), read by id.</summary>
public interface IIncomingFacts
{
    /// <summary>The document's register facts, or null when there is none. No access check: the caller checks the document first.</summary>
    Task<IncomingFacts?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>The document's attached files in the order they were attached (a dossier's export prints their pages). No access check.</summary>
    Task<IReadOnlyList<IncomingFile>> FilesAsync(int id, CancellationToken cancellationToken);
}
