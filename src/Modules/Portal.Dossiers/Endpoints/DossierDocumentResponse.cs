using Portal.Dossiers.Services;

namespace Portal.Dossiers.Endpoints;

public sealed record DossierDocumentResponse(string Kind, int Id, string NumberSymbol, DateOnly Date, string Issuer, string Type, string Subject,
    string Level, int Pages)
{
    public static DossierDocumentResponse Of(FiledDocument d) =>
        new(d.Kind, d.Id, d.NumberSymbol, d.Date, d.Issuer, d.TypeName, d.Subject, DossierText.Mark(d.Level), d.PageCount);
}
