using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Files;
using Portal.Incoming.Models;
using Portal.Registers;

namespace Portal.Incoming.Services;

/// <summary>
/// A document's attachments: files read from the upload into the vault are recorded with the document in
/// one transaction (or discarded when the step is refused); each download is a numbered copy, recorded
/// and audited before a byte leaves.
/// </summary>
public sealed class DocumentFiles(IncomingDb db, ITenantUnitOfWork unitOfWork, IFileVault vault, Participants participants,
    IncomingJournal journal, IAuditTrail audit, ICopyLog copies)
{
    public async Task<int> AttachAsync(Actor actor, int id, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        try
        {
            if (files.Count == 0)
                throw new RequestRefusedException("Chưa chọn tệp để đính kèm.");
            await unitOfWork.InTransactionAsync(async () =>
            {
                var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
                    ?? throw new RequestRefusedException("Không tìm thấy văn bản.");
                var holder = document.AddresseeUserId == actor.UserId || document.LeadUserId == actor.UserId
                    || await participants.HasAsync(id, actor.UserId, ParticipantRole.Clerk, cancellationToken);
                if (!holder)
                    throw new NotYourStepException("Chỉ văn thư vào sổ, người xử lý chính hoặc người có tên trên bì được đính kèm tệp.");
                if (document.Status == IncomingStatus.Cancelled)
                    throw new RequestRefusedException("Văn bản đã hủy vào sổ: không đính kèm tệp.");
                foreach (var upload in files)
                {
                    await vault.RecordAsync(upload.File, cancellationToken);
                    db.Attachments.Add(new IncomingAttachment
                    {
                        DocumentId = id, FileId = upload.File.Id, FileName = upload.File.FileName, Kind = upload.File.Kind,
                        Length = upload.File.Length, AddedUtc = StoredTime.UtcNow, AddedBy = actor.FullName,
                    });
                }
                await db.SaveChangesAsync(cancellationToken);
                await journal.RecordAsync(document, actor, IncomingAuditActions.Attached, document.Status,
                    new StepNote(string.Join(", ", files.Select(f => f.File.FileName))), cancellationToken);
            }, cancellationToken);
            return files.Count;
        }
        catch
        {
            foreach (var upload in files)
                vault.Discard(upload.File);
            throw;
        }
    }

    public async Task<IReadOnlyList<IncomingAttachment>> ListAsync(int id, CancellationToken cancellationToken) =>
        await db.Attachments.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Records the copy and its number, then opens the content; null when the file is not an attachment here.</summary>
    public async Task<NumberedCopy?> CopyAsync(Actor actor, Guid fileId, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.FileId == fileId, cancellationToken);
        var document = attachment is null ? null : await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == attachment.DocumentId, cancellationToken);
        var stored = attachment is null ? null : await vault.FindAsync(fileId, cancellationToken);
        if (attachment is null || document is null || stored is null)
            return null;
        TakenCopy copy = null!;
        await unitOfWork.InTransactionAsync(async () =>
        {
            copy = await copies.TakeAsync(CopyOf.Attachment(document, attachment, "Tải về", actor), cancellationToken);
            await audit.RecordAsync(new AuditRecord(IncomingAuditActions.Copied, AuditOutcome.Succeeded, IncomingFeature.Kind,
                attachment.DocumentId.ToString(CultureInfo.InvariantCulture), $"Bản số {copy.Number}: {attachment.FileName}"), cancellationToken);
        }, cancellationToken);
        return new NumberedCopy(copy.Number, attachment.FileName, stored.ContentType, await vault.OpenReadAsync(fileId, cancellationToken));
    }
}
