using Portal.Access;

namespace Portal.Incoming;

/// <summary>An incoming document's register facts: number and symbol, date, issuing agency, type, subject, level and page count.</summary>
public sealed record IncomingFacts(
    int Id,
    string NumberSymbol,
    DateOnly DocumentDate,
    string Sender,
    string DocumentType,
    string Subject,
    SecrecyLevel Level,
    int PageCount);
