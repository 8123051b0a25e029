using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Calendar;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>
/// The lists and counts of incoming documents. Every query starts from the documents the person takes
/// part in (the participant rows mirror the access list) whose level their clearance covers, so a list,
/// a count or a page number never reveals a document the person may not open. Overdue and due soon are counted
/// in working days on the tenant's calendar; a registered document not submitted by the next working day after its
/// arrival (Decree 30/2020) is overdue for its clerk.
/// </summary>
public sealed class IncomingQueries(IncomingDb db, IWorkingCalendar calendar)
{
    public const int DueSoonDays = 3;
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<DocumentRow> Rows, int Total)> PageAsync(Actor actor, WorkView view, int page, CancellationToken cancellationToken)
    {
        var query = await OfAsync(actor, view, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.Id).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(d => new DocumentRow(d.Id, d.Year, d.ArrivalNumber, d.ArrivedUtc, d.Sender, d.NumberSymbol, d.DocumentType,
                d.Subject, d.Level, d.Urgency, d.Status, d.Deadline,
                d.AddresseeOnly, d.LeadName))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    public async Task<IReadOnlyDictionary<WorkView, int>> CountsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<WorkView, int>();
        foreach (var view in Enum.GetValues<WorkView>())
            counts[view] = await (await OfAsync(actor, view, cancellationToken)).CountAsync(cancellationToken);
        return counts;
    }

    public async Task<IQueryable<IncomingDocument>> OfAsync(Actor actor, WorkView view, CancellationToken cancellationToken)
    {
        var me = actor.UserId;
        var visible = Visible(actor);
        var passed = await calendar.LatestPassedDeadlineAsync(cancellationToken);
        var soon = await calendar.AddWorkingDaysAsync(calendar.Today, DueSoonDays, cancellationToken);
        var lateArrival = (await calendar.LatestTimelyArrivalAsync(cancellationToken)).UtcDateTime;
        var open = visible.Where(d => d.Status == IncomingStatus.AwaitingDirection || d.Status == IncomingStatus.Assigned || d.Status == IncomingStatus.InProgress);
        return view switch
        {
            WorkView.Mine => visible.Where(d =>
                d.Status == IncomingStatus.AwaitingDirection && d.LeaderUserId == me
                || (d.Status == IncomingStatus.Assigned || d.Status == IncomingStatus.InProgress)
                   && (d.LeadUserId == me || db.Participants.Any(p => p.DocumentId == d.Id && p.UserId == me && p.Role == ParticipantRole.CoHandler))
                || (d.Status == IncomingStatus.Registered || d.Status == IncomingStatus.Returned)
                   && db.Participants.Any(p => p.DocumentId == d.Id && p.UserId == me && p.Role == ParticipantRole.Clerk)
                || d.Status == IncomingStatus.Registered && d.AddresseeOnly && d.AddresseeUserId == me),
            // PastDeadline's rule written out: the clerk's late registrations join it in one condition.
            WorkView.Overdue => visible.Where(d =>
                (d.Status == IncomingStatus.AwaitingDirection || d.Status == IncomingStatus.Assigned || d.Status == IncomingStatus.InProgress)
                    && d.Deadline != null && d.Deadline <= passed
                || d.Status == IncomingStatus.Registered && d.ArrivedUtc < lateArrival
                    && db.Participants.Any(p => p.DocumentId == d.Id && p.UserId == me && p.Role == ParticipantRole.Clerk)),
            WorkView.DueSoon => open.Where(d => d.Deadline != null && d.Deadline > passed && d.Deadline <= soon),
            WorkView.AwaitingDirection => visible.Where(d => d.Status == IncomingStatus.AwaitingDirection),
            WorkView.InProgress => visible.Where(d => d.Status == IncomingStatus.Assigned || d.Status == IncomingStatus.InProgress),
            WorkView.Done => visible.Where(d => d.Status == IncomingStatus.Done),
            WorkView.Registered => visible.Where(d => db.Participants.Any(p => p.DocumentId == d.Id && p.UserId == me && p.Role == ParticipantRole.Clerk)),
            _ => visible.Where(d => d.LeaderUserId == me),
        };
    }

    /// <summary>
    /// Open work (awaiting direction, assigned, in progress) whose deadline a working day has passed since: what the
    /// central office's figure, a leader's report and the "Quá hạn" list all count as overdue.
    /// </summary>
    public static IQueryable<IncomingDocument> PastDeadline(IQueryable<IncomingDocument> documents, DateOnly passed) =>
        documents.Where(d => (d.Status == IncomingStatus.AwaitingDirection || d.Status == IncomingStatus.Assigned || d.Status == IncomingStatus.InProgress)
                             && d.Deadline != null && d.Deadline <= passed);

    /// <summary>The documents the person takes part in at a level their clearance covers: where every list, count and report starts.</summary>
    public IQueryable<IncomingDocument> Visible(Actor actor)
    {
        var me = actor.UserId;
        var highest = (SecrecyLevel)Math.Min(actor.Clearance, (int)SecrecyLevel.ToiMat);
        // "Id IN (the person's documents)" rather than EXISTS per document: SQLite then starts from the participants'
        // (UserId, DocumentId) index instead of scanning every document of the tenant for each list and count.
        var mine = db.Participants.Where(p => p.UserId == me).Select(p => p.DocumentId);
        return db.Documents.AsNoTracking().Where(d => d.Level <= highest && mine.Contains(d.Id));
    }
}
