using Portal.Access;

namespace Portal.Dossiers.Services;

/// <summary>A document as a dossier lists it, read from its own module through that module's interface.</summary>
public sealed record FiledDocument(string Kind, int Id, string NumberSymbol, DateOnly Date, string Issuer, string TypeName, string Subject,
    SecrecyLevel Level, int PageCount);
