namespace Portal.Dossiers;

/// <summary>
/// A dossier's line of the catalogue (code and title), which everyone signed in to the agency may read, for a notice
/// about it. No access check: the catalogue is not secret; the dossier's contents are not given here.
/// </summary>
public interface IDossierFacts
{
    /// <summary>"01.VP — title", or null when there is no such dossier.</summary>
    Task<string?> CatalogueLineAsync(int dossierId, CancellationToken cancellationToken);
}
