using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Ocr.Models;

namespace Portal.Ocr.Services;

/// <summary>
/// The tenant's OCR jobs: a job is created in the transaction that records its scan in the vault (with its
/// audit entry), read only by the person who started it, and linked once to the document registered from it.
/// </summary>
public sealed class OcrJobStore(OcrDb db, ITenantUnitOfWork unitOfWork, IFileVault vault, IAuditTrail audit, ITenantAccessor tenants,
    OcrJobSignal signal) : IOcrJobs
{
    public async Task<Guid> CreateAsync(string userId, string userName, StoredFile file, CancellationToken cancellationToken)
    {
        try
        {
            if (file.Kind is not (StoredFileKind.Pdf or StoredFileKind.Png or StoredFileKind.Jpeg or StoredFileKind.Tiff))
                throw new RequestRefusedException("Chỉ nhận dạng bản quét (PDF, PNG, JPEG, TIFF); tệp Word không cần nhận dạng.");
            var job = new OcrJob
            {
                Id = Guid.NewGuid(), UserId = userId, UserName = userName, FileId = file.Id, FileName = file.FileName,
                State = OcrJobState.Queued, CreatedUtc = StoredTime.UtcNow,
            };
            await unitOfWork.InTransactionAsync(async () =>
            {
                await vault.RecordAsync(file, cancellationToken);
                db.Jobs.Add(job);
                await db.SaveChangesAsync(cancellationToken);
                await audit.RecordAsync(new AuditRecord(OcrAuditActions.JobCreated, AuditOutcome.Succeeded, OcrAuditActions.Target,
                    job.Id.ToString(), $"Nhận dạng bản quét {file.FileName}"), cancellationToken);
                var tenant = tenants.Required;
                unitOfWork.AfterCommit(() =>
                {
                    OcrPendingMarks.Set(tenant);
                    signal.Wake(tenant);
                    return Task.CompletedTask;
                });
            }, cancellationToken);
            return job.Id;
        }
        catch
        {
            vault.Discard(file);
            throw;
        }
    }

    public async Task<OcrJobInfo?> FindAsync(Guid jobId, string userId, CancellationToken cancellationToken)
    {
        var job = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        return job is null || job.UserId != userId || userId.Length == 0 ? null : Info(job);
    }

    public async Task<IReadOnlyList<OcrJobInfo>> RecentAsync(string userId, int count, CancellationToken cancellationToken) =>
        (await db.Jobs.AsNoTracking().Where(j => j.UserId == userId).OrderByDescending(j => j.CreatedUtc).Take(count).ToListAsync(cancellationToken))
        .Select(Info).ToList();

    public async Task<OcrJobInfo> LinkAsync(Guid jobId, string userId, string documentKind, string documentId, CancellationToken cancellationToken)
    {
        if (unitOfWork.Transaction is null)
            throw new InvalidOperationException("A registration from an OCR job is linked inside the registration's transaction.");
        var job = await FindAsync(jobId, userId, cancellationToken)
            ?? throw new OcrRegistrationRefusedException("Không tìm thấy kết quả nhận dạng bản quét này.");
        if (job.State != OcrJobState.Done)
            throw new OcrRegistrationRefusedException("Bản quét chưa được nhận dạng xong: chưa vào sổ được từ kết quả này.");
        if (job.IsTopSecret)
            throw new OcrRegistrationRefusedException(OcrMarks.TopSecretRefusal);
        var now = StoredTime.UtcNow;
        // The condition is the guard: of two registrations from one job (two tabs, a retry after a restart) one links, the other is refused and rolls back.
        var linked = await db.Jobs
            .Where(j => j.Id == jobId && j.UserId == userId && j.State == OcrJobState.Done && j.DocumentId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.DocumentKind, documentKind).SetProperty(j => j.DocumentId, documentId)
                .SetProperty(j => j.RegisteredUtc, now), cancellationToken);
        if (linked != 1)
            throw new OcrRegistrationRefusedException("Bản quét này đã được vào sổ; không vào sổ lại từ cùng một kết quả nhận dạng.");
        await audit.RecordAsync(new AuditRecord(OcrAuditActions.Registered, AuditOutcome.Succeeded, OcrAuditActions.Target, jobId.ToString(),
            $"Vào sổ từ bản quét {job.FileName}: {documentKind} {documentId}"), cancellationToken);
        return job with { DocumentKind = documentKind, DocumentId = documentId };
    }

    internal static OcrJobInfo Info(OcrJob job) => new(job.Id, job.State, job.Page, job.Pages, job.FileId, job.FileName, job.Error,
        JsonSerializer.Deserialize<Dictionary<string, string>>(job.FieldsJson) ?? [],
        JsonSerializer.Deserialize<Dictionary<string, double>>(job.ConfidenceJson) ?? [],
        job.DocumentKind, job.DocumentId, job.CreatedUtc, job.Attempts);
}
