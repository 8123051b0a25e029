using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Ocr.Models;

namespace Portal.Ocr.Services;

/// <summary>
/// The lease rows of the job queue, as one runner process sees them: a claim is a conditional UPDATE that
/// takes a queued job or one whose lease ran out, and every later write (renewal, done, failed, back to the
/// queue) holds only while this runner still owns the lease, so a job taken over is never finished twice.
/// </summary>
internal sealed class OcrLeases(TenantHost host, IOptions<OcrOptions> options)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private TimeSpan Duration => options.Value.LeaseDuration;

    public Task<OcrJob?> ClaimAsync(TenantContext tenant, CancellationToken cancellationToken) =>
        host.RunAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<OcrDb>();
            var now = StoredTime.UtcNow;
            var candidates = await db.Jobs.AsNoTracking()
                .Where(j => j.State == OcrJobState.Queued || (j.State == OcrJobState.Running && j.LeaseUntilUtc < now))
                .OrderBy(j => j.CreatedUtc).Select(j => j.Id).Take(4).ToListAsync(cancellationToken);
            var until = now + Duration;
            foreach (var id in candidates)
            {
                var taken = await db.Jobs
                    .Where(j => j.Id == id && (j.State == OcrJobState.Queued || (j.State == OcrJobState.Running && j.LeaseUntilUtc < now)))
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, OcrJobState.Running).SetProperty(j => j.LeaseOwner, _owner)
                        .SetProperty(j => j.LeaseUntilUtc, until).SetProperty(j => j.Attempts, j => j.Attempts + 1), cancellationToken);
                if (taken == 1)
                    return await db.Jobs.AsNoTracking().FirstAsync(j => j.Id == id, cancellationToken);
            }
            return null;
        });

    /// <summary>Renews the lease and records the page being read; false when the lease was lost to another runner.</summary>
    public async Task<bool> RenewAsync(TenantContext tenant, Guid id, OcrProgress progress, CancellationToken cancellationToken) =>
        await host.RunAsync(tenant, services =>
        {
            var until = StoredTime.UtcNow + Duration;
            return Held(services.GetRequiredService<OcrDb>(), id)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntilUtc, until).SetProperty(j => j.Page, progress.Page)
                    .SetProperty(j => j.Pages, progress.Pages), cancellationToken);
        }) == 1;

    /// <summary>Marks the job done in the caller's transaction, with the fields but the body and every confidence; false when the lease was lost.</summary>
    public async Task<bool> CompleteAsync(OcrDb db, Guid id, OcrResult result, Guid textFileId, CancellationToken cancellationToken)
    {
        var fields = OcrFields.All.Where(k => k != OcrFields.Body).ToDictionary(k => k, result.Field);
        var confidence = OcrFields.All.ToDictionary(k => k, k => Math.Round(result.Confidence.GetValueOrDefault(k), 3));
        var finished = StoredTime.UtcNow;
        return await Held(db, id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, OcrJobState.Done).SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null).SetProperty(j => j.FinishedUtc, finished)
                .SetProperty(j => j.Page, result.Pages).SetProperty(j => j.Pages, result.Pages)
                .SetProperty(j => j.FieldsJson, JsonSerializer.Serialize(fields, JsonOptions))
                .SetProperty(j => j.ConfidenceJson, JsonSerializer.Serialize(confidence, JsonOptions))
                .SetProperty(j => j.TextFileId, textFileId), cancellationToken) == 1;
    }

    public Task FailAsync(TenantContext tenant, Guid id, string message) =>
        host.RunAsync(tenant, services =>
        {
            var finished = StoredTime.UtcNow;
            var error = message.Length <= 1000 ? message : message[..1000];
            return Held(services.GetRequiredService<OcrDb>(), id)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, OcrJobState.Failed).SetProperty(j => j.Error, error)
                    .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null)
                    .SetProperty(j => j.FinishedUtc, finished), CancellationToken.None);
        });

    /// <summary>Puts the job back in the queue at once, its run not counted (an orderly shutdown).</summary>
    public Task ReleaseAsync(TenantContext tenant, Guid id) =>
        host.RunAsync(tenant, services => Held(services.GetRequiredService<OcrDb>(), id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, OcrJobState.Queued).SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null).SetProperty(j => j.Attempts, j => j.Attempts - 1), CancellationToken.None));

    private IQueryable<OcrJob> Held(OcrDb db, Guid id) =>
        db.Jobs.Where(j => j.Id == id && j.LeaseOwner == _owner && j.State == OcrJobState.Running);
}
