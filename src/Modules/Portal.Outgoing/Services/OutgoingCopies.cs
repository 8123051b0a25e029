using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Files;
using Portal.Outgoing.Models;
using Portal.Registers;
using Portal.Secrets;
using Portal.Signing;

namespace Portal.Outgoing.Services;

/// <summary>
/// Every file of an outgoing document that leaves the system is a derived copy: it takes its number in
/// the shared copy log with its audit entry, in one transaction, and carries "Bản số", the person and the
/// time on every page (a declassified document's copy also the red GIẢI MẬT stamp, top left). The PDF copy is the stored file with that block appended as an incremental update,
/// so its text is the original's and its signatures still verify. A document the signer closed to
/// copying has at most the copies he decided; past them every copy is refused.
/// </summary>
public sealed class OutgoingCopies(OutgoingDb db, ITenantUnitOfWork unitOfWork, IFileVault vault, ICopyLog log, IAuditTrail audit, IPdfStamp stamp,
    IDeclassifications declassifications)
{
    /// <summary>The signed or issued PDF as a numbered copy; null when nothing is signed yet.</summary>
    public async Task<OutgoingCopy?> PdfAsync(Person person, int documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == documentId, cancellationToken);
        if ((document.IssuedFileId ?? document.SignedFileId) is not { } fileId)
            return null;
        var copy = await TakeAsync(person, document, document.IssuedFileId is null ? "Tải về PDF (bản đã ký)" : "Tải về PDF (bản phát hành)",
            cancellationToken);
        await using var stored = await vault.OpenReadAsync(fileId, cancellationToken);
        using var original = new MemoryStream();
        await stored.CopyToAsync(original, cancellationToken);
        var name = document.IssuedFileId is null ? $"van-ban-di-{documentId}-da-ky" : $"van-ban-di-{document.NumberSymbol.Replace('/', '-')}";
        var declassified = await DeclassifiedAsync(document, cancellationToken);
        return new OutgoingCopy(copy.Number, $"{name}-ban-so-{copy.Number}.pdf",
            stamp.Stamp(original.ToArray(), Lines(copy, person), declassified?.Lines));
    }

    /// <summary>Takes the next copy number for the document, refused past its limit, and audits it, in one transaction.</summary>
    public async Task<TakenCopy> TakeAsync(Person person, OutgoingDocument document, string form, CancellationToken cancellationToken)
    {
        TakenCopy copy = null!;
        await unitOfWork.InTransactionAsync(async () =>
        {
            copy = await log.TakeAsync(new CopyRequest(OutgoingFeature.Kind, document.Id, Name(document), document.Level, form, person.UserId, person.FullName)
            {
                FileId = document.IssuedFileId ?? document.SignedFileId,
                Allowed = document.CopyingAllowed ? null : document.CopyCount,
                Refusal = "Người ký đã quyết định văn bản không được sao, chụp, nên không tạo thêm bản in hay tệp tải về.",
            }, cancellationToken);
            await audit.RecordAsync(new AuditRecord(OutgoingAuditActions.Downloaded, AuditOutcome.Succeeded, OutgoingFeature.Kind,
                document.Id.ToString(CultureInfo.InvariantCulture), $"Bản số {copy.Number}: {form}"), cancellationToken);
        }, cancellationToken);
        return copy;
    }

    /// <summary>The GIẢI MẬT stamp a copy of the document bears once it is declassified; null while it is secret.</summary>
    public Task<Declassification?> DeclassifiedAsync(OutgoingDocument document, CancellationToken cancellationToken) =>
        document.Level == SecrecyLevel.Declassified
            ? declassifications.FindAsync(OutgoingFeature.Kind, document.Id, cancellationToken)
            : Task.FromResult<Declassification?>(null);

    /// <summary>The lines marked on every page of the copy.</summary>
    public static IReadOnlyList<string> Lines(TakenCopy copy, Person person) =>
        [$"BẢN SỐ {copy.Number.ToString(CultureInfo.InvariantCulture)}", person.FullName,
            $"Lúc {copy.AtUtc.AddHours(7).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}"];

    private static string Name(OutgoingDocument document) => document.NumberSymbol.Length > 0
        ? $"Văn bản đi số {document.NumberSymbol}"
        : $"Văn bản đi (dự thảo {document.Id.ToString(CultureInfo.InvariantCulture)}, chưa cấp số)";
}
