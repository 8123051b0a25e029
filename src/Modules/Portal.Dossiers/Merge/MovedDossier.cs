using Portal.Access;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Merge;

/// <summary>A catalogue line as a merge carries it, with its dossier when one was opened: the documents filed and the access list.</summary>
internal sealed record MovedDossier(CatalogueEntry Entry, Dossier? Dossier, IReadOnlyList<DossierItem> Items, IReadOnlyList<AccessEntrySpec> Access);
