using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Ocr.Models;
using Portal.Secrets;

namespace Portal.Ocr.Services;

/// <summary>
/// A registered document's scans as OCR keeps them: the scan and the text read (vault files), the fields read and the file's
/// name. Resolvable in every tenant: the job table is touched only where the OCR feature is on.
/// </summary>
internal sealed class OcrSecretContent(ITenantAccessor tenants, IServiceProvider services) : ISecretContent
{
    public async Task<IReadOnlyList<Guid>> FilesAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (tenants.Current?.HasFeature(OcrFeature.Id) != true)
            return [];
        var documentId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var jobs = await services.GetRequiredService<OcrDb>().Jobs.AsNoTracking().Where(j => j.DocumentKind == kind && j.DocumentId == documentId)
            .Select(j => new { j.FileId, j.TextFileId }).ToListAsync(cancellationToken);
        return jobs.Select(j => j.FileId).Concat(jobs.Where(j => j.TextFileId != null).Select(j => j.TextFileId!.Value)).ToList();
    }

    public async Task EraseAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (tenants.Current?.HasFeature(OcrFeature.Id) != true)
            return;
        var documentId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await services.GetRequiredService<OcrDb>().Jobs.Where(j => j.DocumentKind == kind && j.DocumentId == documentId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.FieldsJson, "{}").SetProperty(j => j.ConfidenceJson, "{}").SetProperty(j => j.FileName, "")
            .SetProperty(j => j.TextFileId, (Guid?)null).SetProperty(j => j.Error, ""), cancellationToken);
    }
}
