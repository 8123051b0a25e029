using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Departure;
using Portal.Identity;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>
/// The incoming documents in a person's care, for a hand-over when they leave: those waiting for their direction, those
/// they lead, and those they registered and have not yet submitted. The receiver takes the person's place on the
/// document, its participant rows and its access list; the timeline and the audit trail record it.
/// </summary>
internal sealed class IncomingCustody(IncomingDb db, Participants participants, IncomingJournal journal) : ICustodyHolder
{
    private static readonly string[] Leaders = [Roles.Head, Roles.Deputy];
    private static readonly string[] Clerks = [Roles.Clerk];

    public async Task<IReadOnlyList<CustodyItem>> InCareOfAsync(string userId, CancellationToken cancellationToken)
    {
        var registeredBy = db.Participants.Where(p => p.UserId == userId && p.Role == ParticipantRole.Clerk).Select(p => p.DocumentId);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.Status == IncomingStatus.AwaitingDirection && d.LeaderUserId == userId
                        || (d.Status == IncomingStatus.Assigned || d.Status == IncomingStatus.InProgress) && d.LeadUserId == userId
                        || (d.Status == IncomingStatus.Registered || d.Status == IncomingStatus.Returned) && !d.AddresseeOnly
                        && registeredBy.Contains(d.Id))
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.ArrivalNumber, d.Year, d.BookCode, d.Level, d.Status })
            .ToListAsync(cancellationToken);
        return documents.Select(d => new CustodyItem(IncomingFeature.Kind, d.Id.ToString(CultureInfo.InvariantCulture),
            $"Văn bản đến số {d.ArrivalNumber}/{d.Year} (sổ {d.BookCode})", d.Level,
            d.Status switch
            {
                IncomingStatus.AwaitingDirection => "Lãnh đạo cho ý kiến chỉ đạo",
                IncomingStatus.Assigned or IncomingStatus.InProgress => "Xử lý chính",
                _ => "Văn thư đã vào sổ, chưa trình",
            },
            d.Status switch
            {
                IncomingStatus.AwaitingDirection => Leaders,
                IncomingStatus.Assigned or IncomingStatus.InProgress => [],
                _ => Clerks,
            })).ToList();
    }

    public async Task HandOverAsync(CustodyTransfer transfer, CancellationToken cancellationToken)
    {
        var id = int.Parse(transfer.ItemId, CultureInfo.InvariantCulture);
        var document = await db.Documents.FirstAsync(d => d.Id == id, cancellationToken);
        if (document.LeaderUserId == transfer.FromUserId)
            (document.LeaderUserId, document.LeaderName, document.LeaderActingFor) = (transfer.ToUserId, transfer.ToName, "");
        if (document.LeadUserId == transfer.FromUserId)
            (document.LeadUserId, document.LeadName, document.LeadActingFor) = (transfer.ToUserId, transfer.ToName, "");
        await db.SaveChangesAsync(cancellationToken);
        await participants.HandOverAsync(id, transfer.FromUserId, transfer.ToUserId, cancellationToken);
        await journal.RecordAsync(document, Actor.Of(transfer.By), IncomingAuditActions.CustodyTransferred, document.Status, new StepNote(transfer.Note),
            cancellationToken);
    }
}
