using Portal.Search.Querying;

namespace Portal.Search.Controllers;

/// <summary>The query string of the same search narrowed to one facet value (first page).</summary>
public sealed record SearchRequestLink(SearchRequest Request, string Facet, string Value)
{
    public string Href
    {
        get
        {
            var r = Request;
            var narrowed = new SearchRequest
            {
                Q = r.Q, Number = r.Number, Subject = r.Subject, Sender = r.Sender, Type = r.Type, Signer = r.Signer,
                YearFrom = r.YearFrom, YearTo = r.YearTo, From = r.From, To = r.To, Sort = r.Sort, PageSize = r.PageSize, Dossier = r.Dossier,
                Year = Facet == "year" ? Value : r.Year,
                DocumentType = Facet == "documentType" ? Value : r.DocumentType,
                Agency = Facet == "agency" ? Value : r.Agency,
                Level = Facet == "level" ? Value : r.Level,
                Urgency = Facet == "urgency" ? Value : r.Urgency,
                State = Facet == "state" ? Value : r.State,
            };
            return narrowed.ToQueryString();
        }
    }
}
