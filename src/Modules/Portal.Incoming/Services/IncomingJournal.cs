using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Incoming.Models;
using Portal.Search;

namespace Portal.Incoming.Services;

/// <summary>
/// Writes a step of the document's timeline, its audit entry and its "document changed" message, in the
/// caller's transaction: every registration, step and change of the access list goes through here, and
/// a change of state is also announced to other modules (<see cref="IncomingMoved"/>).
/// </summary>
public sealed class IncomingJournal(IncomingDb db, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
{
    public async Task RecordAsync(IncomingDocument document, Actor actor, string action, IncomingStatus? from, StepNote note,
        CancellationToken cancellationToken)
    {
        // The application's clock, as registration's: handling times in reports are counted from these steps.
        var now = StoredTime.Of(clock.GetUtcNow().UtcDateTime);
        db.Events.Add(new IncomingEvent
        {
            DocumentId = document.Id, AtUtc = now, UserId = actor.UserId, UserName = actor.FullName, Action = action,
            From = from, To = document.Status, Note = note.Timeline,
        });
        await db.SaveChangesAsync(cancellationToken);
        var details = $"Số đến {document.ArrivalNumber}/{document.Year} ({document.BookCode}): {IncomingAuditActions.Text(action)}" +
                      (from is { } f && f != document.Status ? $", {StatusText.Of(f)} → {StatusText.Of(document.Status)}" : "") +
                      (note.Audited.Length == 0 ? "" : $"; {note.Audited}");
        await audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, IncomingFeature.Kind,
            document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details.Length <= 2000 ? details : details[..2000]),
            cancellationToken);
        await outbox.AddAsync(DocumentChanged.Topic,
            new DocumentChanged(IncomingFeature.Kind, document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        if (from != document.Status)
            await outbox.AddAsync(IncomingMoved.Topic, new IncomingMoved(document.Id, StatusText.Code(document.Status), now), cancellationToken);
    }
}
