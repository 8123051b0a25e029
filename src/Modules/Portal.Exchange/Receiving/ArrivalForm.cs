using System.Globalization;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;
using Portal.Incoming;
using Portal.Templates;

namespace Portal.Exchange.Receiving;

/// <summary>
/// The incoming registration form as the envelope fills it: agency, number and symbol, date, type, subject,
/// level, urgency and a protection period written on the document from what the sender signed and sealed; what the clerk typed wins over it.
/// </summary>
internal static class ArrivalForm
{
    public static IncomingDraft Prefill(Arrival arrival, PackageFields fields)
    {
        var routing = ArrivalQueue.Routing(arrival);
        return new IncomingDraft
        {
            Sender = routing.SenderName,
            NumberSymbol = routing.NumberSymbol,
            DocumentDate = routing.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DocumentType = DocumentTypes.Find(routing.TypeCode)?.Name ?? routing.TypeCode,
            Subject = fields.Subject,
            Level = routing.Level == 2 ? "toi-mat" : "mat",
            Urgency = Urgency(routing.Urgency),
            ProtectionYears = routing.ProtectionYears?.ToString(CultureInfo.InvariantCulture),
            Notes = $"Văn bản điện tử nhận qua liên thông; người ký: {fields.SignerName}.",
        };
    }

    public static IncomingDraft Merge(IncomingDraft prefilled, IncomingDraft? typed) => typed is null ? prefilled : new IncomingDraft
    {
        Book = typed.Book ?? prefilled.Book,
        ArrivedAt = typed.ArrivedAt ?? prefilled.ArrivedAt,
        Sender = typed.Sender ?? prefilled.Sender,
        NumberSymbol = typed.NumberSymbol ?? prefilled.NumberSymbol,
        DocumentDate = typed.DocumentDate ?? prefilled.DocumentDate,
        DocumentType = typed.DocumentType ?? prefilled.DocumentType,
        Subject = typed.Subject ?? prefilled.Subject,
        Level = typed.Level ?? prefilled.Level,
        Urgency = typed.Urgency ?? prefilled.Urgency,
        PageCount = typed.PageCount ?? prefilled.PageCount,
        CopyCount = typed.CopyCount ?? prefilled.CopyCount,
        ProtectionYears = typed.ProtectionYears ?? prefilled.ProtectionYears,
        Deadline = typed.Deadline ?? prefilled.Deadline,
        Notes = typed.Notes ?? prefilled.Notes,
        DuplicateReason = typed.DuplicateReason ?? prefilled.DuplicateReason,
    };

    // The sender's urgency mark in words, as the incoming form's code.
    private static string Urgency(string mark) => mark switch
    {
        "Khẩn" => "khan",
        "Thượng khẩn" => "thuong-khan",
        "Hỏa tốc" => "hoa-toc",
        _ => "",
    };
}
