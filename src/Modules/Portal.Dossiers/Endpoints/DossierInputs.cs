namespace Portal.Dossiers.Endpoints;

/// <summary>The bodies of the dossier API's changes: open from a catalogue entry, file a document, close, hand over.</summary>
public sealed record DossierInputs(int? CatalogueEntryId, string? Kind, int? DocumentId, DateOnly? EndDate, string? Archivist);
