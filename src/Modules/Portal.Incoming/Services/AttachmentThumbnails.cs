using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Incoming.Models;
using Portal.Ocr;

namespace Portal.Incoming.Services;

/// <summary>
/// The thumbnail of an attachment's first page. The server never decodes the untrusted file: the isolated OCR
/// worker makes a PNG, which is stored encrypted in the vault the first time it is asked for; a file the worker
/// refuses (a decompression bomb, a damaged file) keeps the reason instead and is not tried again. Every thumbnail
/// shown is audited as a read of the document. No thumbnails where the tenant has no OCR feature (no worker).
/// </summary>
public sealed class AttachmentThumbnails(IncomingDb db, ITenantUnitOfWork unitOfWork, IFileVault vault, IAuditTrail audit,
    ITenantAccessor tenants, IServiceProvider services)
{
    private bool Enabled => tenants.Current?.HasFeature(OcrFeature.Id) == true;

    /// <summary>Whether a thumbnail can be made of this kind at all (a DOCX has no page image).</summary>
    private static bool Shows(StoredFileKind kind) => kind != StoredFileKind.Docx;

    /// <summary>Whether a page shows this attachment's thumbnail: only one already made, so no image on a page fails to load.</summary>
    public bool Offers(IncomingAttachment attachment) => attachment.ThumbnailFileId is not null;

    /// <summary>
    /// The file whose thumbnail each listed document shows: its first attachment that has one (made when its page was
    /// first drawn; a list never asks the worker). None for an addressee-only item, whose content is its addressee's alone.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, Guid>> ForListAsync(IReadOnlyList<DocumentRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Where(r => !r.AddresseeOnly).Select(r => r.Id).ToList();
        var files = await db.Attachments.AsNoTracking()
            .Where(a => ids.Contains(a.DocumentId) && a.ThumbnailFileId != null)
            .OrderBy(a => a.Id).Select(a => new { a.DocumentId, a.FileId }).ToListAsync(cancellationToken);
        return files.GroupBy(f => f.DocumentId).ToDictionary(g => g.Key, g => g.First().FileId);
    }

    /// <summary>
    /// Makes the thumbnails a document's page is about to offer and that do not exist yet, so the page shows each
    /// one or the worker's reason for refusing the file — never an image that fails to load.
    /// </summary>
    public async Task PrepareAsync(IReadOnlyList<IncomingAttachment> attachments, CancellationToken cancellationToken)
    {
        if (!Enabled)
            return;
        foreach (var attachment in attachments.Where(a => Shows(a.Kind) && a.ThumbnailFileId is null && a.ThumbnailNote is null))
        {
            try
            {
                await MakeAsync(attachment, cancellationToken);
            }
            catch (FileUnreadableException)
            {
                // The thumbnail request answers this one with its own message.
            }
        }
    }

    /// <summary>Null when the file is not an attachment here.</summary>
    public async Task<Thumbnail?> ShowAsync(Actor actor, Guid fileId, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.FileId == fileId, cancellationToken);
        if (attachment is null)
            return null;
        if (!Shows(attachment.Kind))
            return Thumbnail.Refused("Tệp DOCX không có ảnh thu nhỏ.");
        if (attachment.ThumbnailNote is { } note)
            return Thumbnail.Refused(note);
        if (attachment.ThumbnailFileId is null && !Enabled)
            return Thumbnail.Refused("Cơ quan chưa bật tính năng nhận dạng bản quét, nên chưa có ảnh thu nhỏ.");
        try
        {
            var thumbnail = attachment.ThumbnailFileId is { } stored
                ? new Thumbnail(await ReadAsync(stored, cancellationToken), null)
                : await MakeAsync(attachment, cancellationToken);
            if (thumbnail.Png is null)
                return thumbnail;
            await unitOfWork.InTransactionAsync(() => audit.RecordAsync(new AuditRecord(IncomingAuditActions.ThumbnailViewed, AuditOutcome.Succeeded,
                IncomingFeature.Kind, attachment.DocumentId.ToString(CultureInfo.InvariantCulture), $"Ảnh thu nhỏ: {attachment.FileName}"), cancellationToken),
                cancellationToken);
            return thumbnail;
        }
        catch (FileUnreadableException)
        {
            return Thumbnail.Refused("Tệp lưu trữ không đọc được (hỏng hoặc bị sửa đổi): không có ảnh thu nhỏ. Xin báo cán bộ bảo vệ bí mật nhà nước.");
        }
    }

    private async Task<byte[]> ReadAsync(Guid thumbnailId, CancellationToken cancellationToken)
    {
        await using var content = await vault.OpenReadAsync(thumbnailId, cancellationToken);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    /// <summary>
    /// The worker's PNG, stored, or its reason for refusing the file, kept (and set on <paramref name="attachment"/>,
    /// a copy read for a page); the first of two concurrent makers is kept.
    /// </summary>
    private async Task<Thumbnail> MakeAsync(IncomingAttachment attachment, CancellationToken cancellationToken)
    {
        byte[] png;
        try
        {
            await using var original = await vault.OpenReadAsync(attachment.FileId, cancellationToken);
            png = await services.GetRequiredService<IThumbnailMaker>().MakeAsync(original, attachment.FileName, cancellationToken);
        }
        catch (OcrFailedException e)
        {
            var reason = e.Message.Length <= 500 ? e.Message : e.Message[..500];
            await db.Attachments.Where(a => a.Id == attachment.Id && a.ThumbnailFileId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ThumbnailNote, reason), cancellationToken);
            attachment.ThumbnailNote = reason;
            return Thumbnail.Refused(reason);
        }
        var file = await vault.StoreAsync(new MemoryStream(png), "anh-thu-nho.png", cancellationToken);
        var kept = false;
        await unitOfWork.InTransactionAsync(async () =>
        {
            kept = await db.Attachments.Where(a => a.Id == attachment.Id && a.ThumbnailFileId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ThumbnailFileId, file.Id), cancellationToken) == 1;
            if (kept)
                await vault.RecordAsync(file, cancellationToken);
        }, cancellationToken);
        if (kept)
            attachment.ThumbnailFileId = file.Id;
        else
            vault.Discard(file);
        return new Thumbnail(png, null);
    }
}
