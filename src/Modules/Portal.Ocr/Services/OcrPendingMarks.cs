using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Ocr.Models;

namespace Portal.Ocr.Services;

/// <summary>
/// A file in the tenant's data folder while it has unfinished OCR jobs, so the runner finds them in tenants that
/// are not active — after a restart, nobody having visited the agency yet — without opening every tenant's database.
/// </summary>
internal sealed class OcrPendingMarks(TenantHost host, TenantStore store)
{
    private const string FileName = "ocr-pending";

    public static void Set(TenantContext tenant)
    {
        Directory.CreateDirectory(tenant.DataFolder);
        File.WriteAllBytes(Mark(tenant.DataFolder), []);
    }

    /// <summary>The running tenants with the feature and a mark, activated.</summary>
    public async Task<List<TenantContext>> TenantsAsync(CancellationToken cancellationToken)
    {
        var marked = new List<TenantContext>();
        foreach (var record in await store.ListAsync(cancellationToken))
        {
            if (record.State != TenantState.Running || !record.FeatureSet.Contains(OcrFeature.Id)
                || !File.Exists(Mark(host.CreateSetupContext(record).DataFolder)))
                continue;
            if (await host.ActivateAsync(record.Name, cancellationToken) is { } tenant)
                marked.Add(tenant);
        }
        return marked;
    }

    /// <summary>
    /// Takes the mark away when no job is queued or running. It goes first and comes back if one is: a job queued
    /// meanwhile sets it again after its commit, so the mark is never lost for a job.
    /// </summary>
    public async Task ClearIfIdleAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var mark = Mark(tenant.DataFolder);
        if (!File.Exists(mark))
            return;
        File.Delete(mark);
        var unfinished = await host.RunAsync(tenant, services => services.GetRequiredService<OcrDb>().Jobs
            .AnyAsync(j => j.State == OcrJobState.Queued || j.State == OcrJobState.Running, cancellationToken));
        if (unfinished)
            Set(tenant);
    }

    private static string Mark(string dataFolder) => Path.Combine(dataFolder, FileName);
}
