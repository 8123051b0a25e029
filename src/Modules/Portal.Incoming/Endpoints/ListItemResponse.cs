using Portal.Incoming.Services;

namespace Portal.Incoming.Endpoints;

public sealed record ListItemResponse(int Id, int Year, int ArrivalNumber, DateTime ArrivedUtc, string Sender, string NumberSymbol,
    string Subject, string Level, string Urgency, string Status, DateOnly? Deadline)
{
    public static ListItemResponse Of(DocumentRow r) => new(r.Id, r.Year, r.ArrivalNumber, DateTime.SpecifyKind(r.ArrivedUtc, DateTimeKind.Utc),
        r.Sender, r.NumberSymbol, r.Subject, LevelText.Code(r.Level), UrgencyText.Code(r.Urgency), StatusText.Code(r.Status), r.Deadline);
}
