using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Departure;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Services;

/// <summary>
/// The outgoing documents whose next step is a person's, for a hand-over when they leave: their drafts, and those waiting
/// for their review, format check, signature or issue. The receiver takes the step and the person's places on the access
/// list; a new signer signs with their own title, without the absent leader's authority line.
/// </summary>
internal sealed class OutgoingCustody(OutgoingDb db, IAccessList accessList, OutgoingJournal journal) : ICustodyHolder
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<IReadOnlyList<CustodyItem>> InCareOfAsync(string userId, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.Status == OutgoingStatus.Draft && d.DrafterId == userId
                        || d.Status == OutgoingStatus.UnitReview && d.ReviewerId == userId
                        || (d.Status == OutgoingStatus.FormatCheck || d.Status == OutgoingStatus.Signed) && d.ClerkId == userId
                        || d.Status == OutgoingStatus.AwaitingSignature && d.SignerId == userId)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.TypeCode, d.Level, d.Status }).ToListAsync(cancellationToken);
        return documents.Select(d => new CustodyItem(OutgoingFeature.Kind, d.Id.ToString(CultureInfo.InvariantCulture),
            $"Văn bản đi mã {d.Id} ({d.TypeCode}), {OutgoingMachine.StatusText(d.Status).ToLower(Vietnamese)}", d.Level,
            d.Status switch
            {
                OutgoingStatus.Draft => "Soạn thảo",
                OutgoingStatus.UnitReview => "Duyệt dự thảo",
                OutgoingStatus.FormatCheck => "Kiểm tra thể thức",
                OutgoingStatus.AwaitingSignature => "Ký văn bản",
                _ => "Cấp số, phát hành",
            },
            d.Status switch
            {
                OutgoingStatus.Draft => [],
                OutgoingStatus.UnitReview => OutgoingFlow.Reviewers,
                OutgoingStatus.AwaitingSignature => OutgoingFlow.Signers,
                _ => OutgoingFlow.Clerks,
            })).ToList();
    }

    public async Task HandOverAsync(CustodyTransfer transfer, CancellationToken cancellationToken)
    {
        var id = int.Parse(transfer.ItemId, CultureInfo.InvariantCulture);
        var document = await db.Documents.FirstAsync(d => d.Id == id, cancellationToken);
        var (from, to) = (transfer.FromUserId, transfer.ToUserId);
        if (document.DrafterId == from)
            document.DrafterId = to;
        if (document.ReviewerId == from)
            document.ReviewerId = to;
        if (document.ClerkId == from)
            document.ClerkId = to;
        if (document.SignerId == from)
        {
            document.SignerId = to;
            document.SignerName = transfer.ToName;
            document.SignerTitle = transfer.ToPosition.ToUpper(Vietnamese);
            document.Authority = "";
            document.ActingFor = "";
        }
        await db.SaveChangesAsync(cancellationToken);
        await accessList.HandOverAsync(OutgoingDrafting.Resource(id), from, to, cancellationToken);
        await journal.RecordAsync(document, Person.Of(transfer.By), OutgoingAuditActions.CustodyTransferred, document.Status, new StepNote(transfer.Note),
            cancellationToken);
    }
}
