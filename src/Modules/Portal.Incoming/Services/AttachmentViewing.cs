using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Files;
using Portal.Incoming.Models;
using Portal.Registers;
using Portal.Rendering;
using Portal.Secrets;

namespace Portal.Incoming.Services;

/// <summary>
/// Viewing an attachment in the browser: never the original's bytes, but a copy of its pages printed with
/// the document's marks (GIẢI MẬT with its day and decision once declassified), its copy number, the viewer's name and the time. The pages are prepared first
/// (outside the server process for anything decoded), then the copy number is taken and audited like a
/// download's, then the marked copy is printed. A file that cannot be shown this way takes no number.
/// </summary>
public sealed class AttachmentViewing(IncomingDb db, ITenantUnitOfWork unitOfWork, IFileVault vault, IMarkedCopyRenderer copies, IAuditTrail audit,
    ICopyLog log, IDeclassifications declassifications)
{
    /// <summary>Null when the file is not an attachment here; throws <see cref="CopyNotViewableException"/> with the reason and the way out.</summary>
    public async Task<ViewedCopy?> ViewAsync(Actor actor, Guid fileId, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.FileId == fileId, cancellationToken);
        var document = attachment is null ? null : await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == attachment.DocumentId, cancellationToken);
        var stored = attachment is null ? null : await vault.FindAsync(fileId, cancellationToken);
        if (attachment is null || document is null || stored is null)
            return null;

        CopyPages pages;
        await using (var original = await vault.OpenReadAsync(fileId, cancellationToken))
        {
            try
            {
                pages = await copies.PrepareAsync(original, stored.ContentType, cancellationToken);
            }
            catch (FileUnreadableException e)
            {
                throw new CopyNotViewableException("Tệp lưu trữ không đọc được (hỏng hoặc bị sửa đổi): không hiển thị được. Xin báo cán bộ bảo vệ bí mật nhà nước.", e);
            }
        }

        TakenCopy copy = null!;
        await unitOfWork.InTransactionAsync(async () =>
        {
            copy = await log.TakeAsync(CopyOf.Attachment(document, attachment, "Xem trên trình duyệt", actor), cancellationToken);
            await audit.RecordAsync(new AuditRecord(IncomingAuditActions.Viewed, AuditOutcome.Succeeded, IncomingFeature.Kind,
                document.Id.ToString(CultureInfo.InvariantCulture), $"Bản số {copy.Number} (xem trên trình duyệt, {pages.Pages.Count} trang): {attachment.FileName}"),
                cancellationToken);
        }, cancellationToken);

        var marks = new CopyMarks(
            document.Level is Access.SecrecyLevel.Mat or Access.SecrecyLevel.ToiMat ? LevelText.Of(document.Level).ToUpperInvariant() : null,
            copy.Number, actor.FullName, copy.AtUtc,
            $"Số đến {document.ArrivalNumber}/{document.Year} — {attachment.FileName}")
        {
            Urgency = document.Urgency == Urgency.None ? null : UrgencyText.Of(document.Urgency).ToUpperInvariant(),
            Declassified = document.Level == Access.SecrecyLevel.Declassified
                ? await declassifications.FindAsync(IncomingFeature.Kind, document.Id, cancellationToken)
                : null,
        };
        return new ViewedCopy(copy.Number, attachment.FileName, await copies.RenderAsync(pages, marks, cancellationToken));
    }

    /// <summary>The attachment's name and document, for the page that explains why it cannot be viewed.</summary>
    public Task<IncomingAttachment?> FindAsync(Guid fileId, CancellationToken cancellationToken) =>
        db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.FileId == fileId, cancellationToken);
}

/// <summary>A viewed copy: its number, the original's name and the marked PDF.</summary>
public sealed record ViewedCopy(long Number, string FileName, byte[] Pdf);
