using Portal.Audit;
using Portal.Core.Data;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>Writes a step of the document's timeline and its audit entry, in the caller's transaction.</summary>
public sealed class IncomingJournal(IncomingDb db, IAuditTrail audit)
{
    public async Task RecordAsync(IncomingDocument document, Actor actor, string action, IncomingStatus? from, string note,
        CancellationToken cancellationToken)
    {
        db.Events.Add(new IncomingEvent
        {
            DocumentId = document.Id, AtUtc = StoredTime.UtcNow, UserId = actor.UserId, UserName = actor.FullName, Action = action,
            From = from, To = document.Status, Note = note,
        });
        await db.SaveChangesAsync(cancellationToken);
        var details = $"Số đến {document.ArrivalNumber}/{document.Year} ({document.BookCode}): {IncomingAuditActions.Text(action)}" +
                      (from is { } f && f != document.Status ? $", {StatusText.Of(f)} → {StatusText.Of(document.Status)}" : "") +
                      (note.Length == 0 ? "" : $"; {note}");
        await audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, IncomingFeature.Kind,
            document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details.Length <= 2000 ? details : details[..2000]),
            cancellationToken);
    }
}
