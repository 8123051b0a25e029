using System.Globalization;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Outgoing.Models;
using Portal.Search;

namespace Portal.Outgoing.Services;

/// <summary>
/// Writes a step of the document's timeline and its audit entry, in the caller's transaction; a change of state is
/// announced (<see cref="OutgoingMoved"/>), and an issue too (<see cref="OutgoingIssued"/>). The entry names the document
/// by its number once issued, never by its subject: the trail cannot forget, and a destroyed secret's subject must go.
/// Every creation, revision, step, issue, hand-over and change of level goes through here, so the search index hears of
/// each (<see cref="DocumentChanged"/>) in the same transaction.
/// </summary>
public sealed class OutgoingJournal(OutgoingDb db, IAuditTrail audit, IOutbox outbox)
{
    public async Task RecordAsync(OutgoingDocument document, Person actor, string action, OutgoingStatus from, StepNote note,
        CancellationToken cancellationToken)
    {
        var now = StoredTime.UtcNow;
        db.Events.Add(new OutgoingEvent
        {
            DocumentId = document.Id, AtUtc = now, UserId = actor.UserId, UserName = actor.FullName, Action = action,
            From = from, To = document.Status, Note = note.Timeline,
        });
        await db.SaveChangesAsync(cancellationToken);
        var details = $"{(document.NumberSymbol.Length > 0 ? document.NumberSymbol : "Dự thảo")}: {OutgoingAuditActions.Names[action]}"
                      + (from != document.Status ? $", {OutgoingMachine.StatusText(from)} → {OutgoingMachine.StatusText(document.Status)}" : "")
                      + (note.Audited.Length == 0 ? "" : $"; {note.Audited}");
        await audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, OutgoingFeature.Kind,
            document.Id.ToString(CultureInfo.InvariantCulture), details.Length <= 2000 ? details : details[..2000]), cancellationToken);
        await outbox.AddAsync(DocumentChanged.Topic, new DocumentChanged(OutgoingFeature.Kind, document.Id.ToString(CultureInfo.InvariantCulture)),
            cancellationToken);
        if (from != document.Status)
            await outbox.AddAsync(OutgoingMoved.Topic, new OutgoingMoved(document.Id, Stage(document.Status), now), cancellationToken);
        if (action == OutgoingAuditActions.Issued)
            await outbox.AddAsync(OutgoingIssued.Topic, new OutgoingIssued(document.Id), cancellationToken);
    }

    private static string Stage(OutgoingStatus status) => status switch
    {
        OutgoingStatus.Draft => "draft",
        OutgoingStatus.UnitReview => "unit-review",
        OutgoingStatus.FormatCheck => "format-check",
        OutgoingStatus.AwaitingSignature => "awaiting-signature",
        OutgoingStatus.Signed => "signed",
        _ => "issued",
    };
}
