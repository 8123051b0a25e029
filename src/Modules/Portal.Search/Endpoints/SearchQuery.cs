using Portal.Search.Querying;

namespace Portal.Search.Endpoints;

/// <summary>The API's query string, named as the page's.</summary>
internal sealed record SearchQuery(
    string? Q, string? Number, string? Subject, string? Sender, string? Type, string? Signer, int? YearFrom, int? YearTo,
    DateOnly? From, DateOnly? To, string? Year, string? DocumentType, string? Agency, string? Level, string? Urgency, string? State,
    string? Sort, int? Page, int? PageSize, string? Dossier)
{
    public SearchRequest ToRequest() => new()
    {
        Q = Q, Number = Number, Subject = Subject, Sender = Sender, Type = Type, Signer = Signer, YearFrom = YearFrom, YearTo = YearTo,
        From = From, To = To, Year = Year, DocumentType = DocumentType, Agency = Agency, Level = Level, Urgency = Urgency, State = State,
        Sort = Sort, Page = Page ?? 1, PageSize = PageSize ?? SearchRequest.DefaultPageSize, Dossier = Dossier,
    };
}
