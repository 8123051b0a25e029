using Portal.Incoming.Models;
using Portal.Incoming.Services;

namespace Portal.Incoming.Endpoints;

/// <summary>An incoming document through the API, with codes for level, urgency and status and its timeline.</summary>
public sealed record DocumentResponse(
    int Id, string Book, int Year, int ArrivalNumber, DateTime ArrivedUtc, string Sender, string NumberSymbol, DateOnly DocumentDate,
    string DocumentType, string Subject, string Level, string Urgency, int PageCount, int CopyCount, int? ProtectionYears, DateOnly? Deadline, string Dossier,
    bool AddresseeOnly, string Addressee, string Status, string Leader, string Direction, string LeadHandler, string Result,
    string CancelReason, IReadOnlyList<TimelineResponse> Timeline)
{
    public static DocumentResponse Of(DocumentDetails details)
    {
        var d = details.Document;
        return new DocumentResponse(d.Id, d.BookCode, d.Year, d.ArrivalNumber, DateTime.SpecifyKind(d.ArrivedUtc, DateTimeKind.Utc), d.Sender,
            d.NumberSymbol, d.DocumentDate, d.DocumentType, d.Subject, LevelText.Code(d.Level), UrgencyText.Code(d.Urgency), d.PageCount,
            d.CopyCount, d.ProtectionYears, d.Deadline, d.Dossier, d.AddresseeOnly, d.AddresseeName, StatusText.Code(d.Status), d.LeaderName, d.Direction,
            d.LeadName, d.Result, d.CancelReason,
            details.Timeline.Select(e => new TimelineResponse(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc), e.UserName, e.Action,
                e.From is { } from ? StatusText.Code(from) : null, StatusText.Code(e.To), e.Note)).ToList());
    }
}
