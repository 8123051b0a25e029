namespace Portal.Incoming;

/// <summary>What another module may file or list of an incoming document (a work dossier's contents), read by id.</summary>
public interface IIncomingFacts
{
    /// <summary>The document's register facts, or null when there is none. No access check: the caller checks the document first.</summary>
    Task<IncomingFacts?> FindAsync(int id, CancellationToken cancellationToken);
}
