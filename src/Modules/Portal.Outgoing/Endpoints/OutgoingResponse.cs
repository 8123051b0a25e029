using Portal.Outgoing.Models;
using Portal.Outgoing.Services;

namespace Portal.Outgoing.Endpoints;

/// <summary>An outgoing document as the API shows it, with its timeline.</summary>
public sealed record OutgoingResponse(int Id, string Type, string Subject, string Level, string Urgency, string Status, string StatusText, int Version,
    string NumberSymbol, DateOnly? IssuedOn, string SignerName, bool Signed, bool Issued, int? ProtectionYears, IReadOnlyList<OutgoingStepResponse> Timeline)
{
    public static OutgoingResponse Of(OutgoingDocument d, IReadOnlyList<OutgoingEvent> events) => new(d.Id, d.TypeCode, d.Subject,
        d.Level == Portal.Access.SecrecyLevel.ToiMat ? "toi-mat" : "mat", d.Urgency, d.Status.ToString(), OutgoingMachine.StatusText(d.Status), d.Version,
        d.NumberSymbol, d.IssuedOn, d.SignerName, d.SignedFileId is not null, d.IssuedFileId is not null, d.ProtectionYears,
        events.Select(e => new OutgoingStepResponse(e.AtUtc, e.UserName, OutgoingAuditActions.Names[e.Action], OutgoingMachine.StatusText(e.To), e.Note)).ToList());
}
