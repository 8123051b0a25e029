using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Files;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>
/// The incoming side of electronic exchange: an envelope's pre-filled values go through the clerk's own
/// registration (rules, number, access list, timeline, audit), its files are attached in the same
/// transaction; a recall deletes the files and narrows the access list to the clerk, keeping the entry.
/// </summary>
internal sealed class ElectronicIntake(IncomingDb db, ITenantUnitOfWork unitOfWork, IncomingRegistration registration, IFileVault vault,
    Participants participants, IncomingJournal journal) : IIncomingIntake
{
    public async Task<IncomingRegistered> RegisterAsync(System.Security.Claims.ClaimsPrincipal clerk, IncomingDraft draft,
        IReadOnlyList<StoredFile> files, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(clerk);
        IncomingRegistered? registered = null;
        try
        {
            await unitOfWork.InTransactionAsync(async () =>
            {
                var document = await registration.RegisterAsync(actor, Input(draft), cancellationToken);
                foreach (var file in files)
                {
                    await vault.RecordAsync(file, cancellationToken);
                    db.Attachments.Add(new IncomingAttachment
                    {
                        DocumentId = document.Id, FileId = file.Id, FileName = file.FileName, Kind = file.Kind, Length = file.Length,
                        AddedUtc = StoredTime.UtcNow, AddedBy = actor.FullName,
                    });
                }
                await db.SaveChangesAsync(cancellationToken);
                registered = new IncomingRegistered(document.Id, document.Book, document.Year, document.ArrivalNumber);
            }, cancellationToken);
        }
        catch (DuplicateFoundException e)
        {
            throw new RequestRefusedException(
                $"{e.Message} Đã có: {string.Join(", ", e.Candidates.Select(c => $"số đến {c.ArrivalNumber}/{c.Year}"))}.");
        }
        catch (NotYourStepException e)
        {
            throw new RequestRefusedException(e.Message);
        }
        return registered!;
    }

    public Task RecallAsync(int documentId, string reason, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var document = await db.Documents.FirstAsync(d => d.Id == documentId, cancellationToken);
            if (document.Status == IncomingStatus.Recalled)
                return;
            var attachments = await db.Attachments.Where(a => a.DocumentId == documentId).ToListAsync(cancellationToken);
            db.Attachments.RemoveRange(attachments);
            var from = document.Status;
            document.Status = IncomingStatus.Recalled;
            await db.SaveChangesAsync(cancellationToken);
            await participants.RemoveAllButClerkAsync(documentId, cancellationToken);
            var clerk = await db.Participants.AsNoTracking().Where(p => p.DocumentId == documentId && p.Role == ParticipantRole.Clerk)
                .Select(p => p.UserId).FirstOrDefaultAsync(cancellationToken) ?? document.RegisteredBy;
            foreach (var attachment in attachments)
            {
                await vault.DeleteAsync(attachment.FileId, cancellationToken);
                if (attachment.ThumbnailFileId is { } thumbnail)
                    await vault.DeleteAsync(thumbnail, cancellationToken);
            }
            await journal.RecordAsync(document, new Actor(clerk, "", "Liên thông (cơ quan gửi thu hồi)", 0, new()), IncomingAuditActions.Recalled,
                from, new StepNote($"Đã xóa {attachments.Count.ToString(CultureInfo.InvariantCulture)} tệp", $"Lý do thu hồi: {reason}"), cancellationToken);
        }, cancellationToken);

    private static RegistrationInput Input(IncomingDraft d) => new()
    {
        Book = d.Book, ArrivedAt = d.ArrivedAt, Sender = d.Sender, NumberSymbol = d.NumberSymbol, DocumentDate = d.DocumentDate,
        DocumentType = d.DocumentType, Subject = d.Subject, Level = d.Level, Urgency = d.Urgency, PageCount = d.PageCount, CopyCount = d.CopyCount,
        ProtectionYears = d.ProtectionYears, Deadline = d.Deadline, Notes = d.Notes, DuplicateReason = d.DuplicateReason,
    };
}
