using Portal.Dossiers.Models;
using Portal.Dossiers.Services;
using Portal.Identity;

namespace Portal.Dossiers.Controllers;

/// <summary>A dossier's page: its facts, the hand-over warning, the documents the person may see and the actions open to them.</summary>
public sealed record DossierPage(Dossier Dossier, string? Warning, IReadOnlyList<FiledDocument> Contents, bool CanClose, bool CanHandOver,
    IReadOnlyList<AccountSummary> Archivists);
