using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>A dossier in the person's list, with the hand-over warning when its deadline is 30 days away or past.</summary>
public sealed record DossierRow(Dossier Dossier, string? Warning);
