using Portal.Dossiers.Models;
using Portal.Dossiers.Services;

namespace Portal.Dossiers.Endpoints;

/// <summary>
/// A dossier as the API shows it: its facts, the hand-over deadline and warning, and the documents the caller may see, in date order
/// (null in the answer to a change: listing them checks each one, so a dossier of 1,000 documents is listed by GET only).
/// </summary>
public sealed record DossierResponse(
    int Id, int Year, string Code, string Title, string Unit, string Retention, string Responsible, string Level, string Status,
    DateOnly OpenedOn, DateOnly? ClosedOn, DateOnly? HandOverDeadline, string? Warning, DateOnly? HandedOverOn, string Archivist,
    IReadOnlyList<DossierDocumentResponse>? Documents)
{
    public static DossierResponse Of(Dossier d, string? warning, IReadOnlyList<FiledDocument>? documents) => new(
        d.Id, d.Year, d.Code, d.Title, d.UnitCode, DossierText.Retention(d.RetentionYears), d.ResponsibleName, DossierText.Mark(d.Level),
        d.Status.ToString(), d.OpenedOn, d.ClosedOn, Services.HandOverDeadline.Of(d), warning, d.HandedOverOn, d.ArchivistName,
        documents?.Select(DossierDocumentResponse.Of).ToList());
}
