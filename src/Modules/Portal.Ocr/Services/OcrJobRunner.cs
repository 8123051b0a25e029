using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Ocr.Models;

namespace Portal.Ocr.Services;

/// <summary>
/// Takes queued jobs of the active tenants — at most <see cref="OcrOptions.MaxWorkers"/> at once in this process,
/// one worker process per core — under a lease it renews while the worker reads, with the page being read. A
/// job whose lease ran out (its process was killed, or hung) is taken again, by this process after a restart or
/// by another; past <see cref="OcrOptions.MaxAttempts"/> runs it fails. Every write after the claim is
/// conditional on still holding the lease, so a job that was taken over is never finished twice. A tenant's
/// jobs are looked for when one is queued, and on every poll while the tenant is active or marked as having
/// unfinished jobs (<see cref="OcrPendingMarks"/>; the first poll runs at start, so a cold tenant's jobs resume
/// after a restart without a visit).
/// </summary>
internal sealed class OcrJobRunner(TenantHost host, OcrJobSignal signal, IOcrReader reader, OcrLeases leases, OcrPendingMarks marks, IOptions<OcrOptions> options,
    ILogger<OcrJobRunner> logger) : BackgroundService
{
    private const string SystemFailure = "Không đọc được bản quét do lỗi của hệ thống; hãy gửi lại tệp hoặc nhập tay.";
    private const string TooManyAttempts = "Việc đọc bản quét này bị gián đoạn nhiều lần: tệp bị dừng; hãy gửi lại tệp hoặc nhập tay.";

    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxWorkers));

    /// <summary>Tenants that had queued work while every slot was busy: woken as soon as a slot frees.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TenantContext> _waiting = new();

    private OcrOptions Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        OcrTempFolders.DeleteAbandoned(logger);
        try
        {
            // The first sweep runs at start: jobs a killed server left resume without anyone visiting their agency.
            var swept = DateTime.MinValue;
            while (!stoppingToken.IsCancellationRequested)
            {
                var due = new Dictionary<string, TenantContext>();
                using (var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    var untilSweep = Settings.PollInterval - (DateTime.UtcNow - swept);
                    poll.CancelAfter(untilSweep > TimeSpan.Zero ? untilSweep : TimeSpan.Zero);
                    try
                    {
                        if (await signal.Reader.WaitToReadAsync(poll.Token))
                        {
                            while (signal.Reader.TryRead(out var woken))
                                due[woken.Name] = woken;
                        }
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                        // The poll interval passed: look at every active tenant.
                    }
                }
                if (DateTime.UtcNow - swept >= Settings.PollInterval)
                {
                    // The sweep: jobs left queued and jobs whose runner died (lease run out) in every active tenant.
                    swept = DateTime.UtcNow;
                    foreach (var tenant in host.ActiveTenants)
                        due.TryAdd(tenant.Name, tenant);
                    foreach (var tenant in await MarkedTenantsAsync(stoppingToken))
                        due.TryAdd(tenant.Name, tenant);
                }
                foreach (var tenant in due.Values.Where(t => t.HasFeature(OcrFeature.Id)))
                {
                    try
                    {
                        await StartJobsAsync(tenant, stoppingToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        logger.LogError(e, "OCR jobs could not be taken in tenant {Tenant}", tenant.Name);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task StartJobsAsync(TenantContext tenant, CancellationToken stoppingToken)
    {
        while (true)
        {
            if (!await _slots.WaitAsync(0, stoppingToken))
            {
                _waiting[tenant.Name] = tenant;
                return;
            }
            OcrJob? job;
            try
            {
                job = await leases.ClaimAsync(tenant, stoppingToken);
            }
            catch
            {
                _slots.Release();
                throw;
            }
            if (job is null)
            {
                _slots.Release();
                await marks.ClearIfIdleAsync(tenant, stoppingToken);
                return;
            }
            _ = Task.Run(async () =>
            {
                try
                {
                    await RunAsync(tenant, job, stoppingToken);
                }
                finally
                {
                    _slots.Release();
                    signal.Wake(tenant);
                    foreach (var name in _waiting.Keys)
                    {
                        if (_waiting.TryRemove(name, out var waiting))
                            signal.Wake(waiting);
                    }
                }
            }, CancellationToken.None);
        }
    }

    private async Task<List<TenantContext>> MarkedTenantsAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await marks.TenantsAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The tenants with unfinished OCR jobs could not be listed");
            return [];
        }
    }

    private async Task RunAsync(TenantContext tenant, OcrJob job, CancellationToken stoppingToken)
    {
        if (job.Attempts > Settings.MaxAttempts)
        {
            await leases.FailAsync(tenant, job.Id, TooManyAttempts);
            return;
        }
        var folder = Directory.CreateTempSubdirectory(OcrTempFolders.Prefix("scan"));
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var progress = new OcrLatestProgress();
        var heartbeat = HeartbeatAsync(tenant, job.Id, progress, reading);
        try
        {
            var path = Path.Combine(folder.FullName, "scan" + Path.GetExtension(job.FileName));
            await host.RunAsync(tenant, async services =>
            {
                await using var content = await services.GetRequiredService<IFileVault>().OpenReadAsync(job.FileId, reading.Token);
                await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
                await content.CopyToAsync(file, reading.Token);
                return true;
            });
            var result = await reader.ReadAsync(path, job.FileName, progress, reading.Token);
            await CompleteAsync(tenant, job, result, reading.Token);
        }
        catch (OcrFailedException e)
        {
            await leases.FailAsync(tenant, job.Id, e.Message);
        }
        catch (FileUnreadableException)
        {
            await leases.FailAsync(tenant, job.Id, "Bản quét trong kho lưu trữ bị hỏng, không đọc được: hãy gửi lại tệp.");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await ReleaseAsync(tenant, job.Id);
        }
        catch (OperationCanceledException) when (reading.IsCancellationRequested)
        {
            logger.LogWarning("OCR job {Job} in tenant {Tenant} lost its lease and was left to its new runner", job.Id, tenant.Name);
        }
        catch (Exception e)
        {
            logger.LogError(e, "OCR job {Job} failed in tenant {Tenant}", job.Id, tenant.Name);
            await leases.FailAsync(tenant, job.Id, SystemFailure);
        }
        finally
        {
            await reading.CancelAsync();
            await heartbeat;
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Renews the lease and writes the page being read; stops the reading when the lease was lost to another runner.</summary>
    private async Task HeartbeatAsync(TenantContext tenant, Guid id, OcrLatestProgress progress, CancellationTokenSource reading)
    {
        var renewEvery = Settings.LeaseDuration / 3;
        var written = (Page: 0, Pages: 0);
        var renewed = DateTime.UtcNow;
        try
        {
            while (!reading.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), reading.Token);
                var now = progress.Value;
                if (now == written && DateTime.UtcNow - renewed < renewEvery)
                    continue;
                var held = await leases.RenewAsync(tenant, id, new OcrProgress(now.Page, now.Pages), reading.Token);
                written = now;
                renewed = DateTime.UtcNow;
                if (!held)
                {
                    await reading.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "OCR job {Job}: the lease could not be renewed", id);
        }
    }

    private async Task CompleteAsync(TenantContext tenant, OcrJob job, OcrResult result, CancellationToken cancellationToken)
    {
        await host.RunAsync(tenant, async services =>
        {
            var vault = services.GetRequiredService<IFileVault>();
            var unitOfWork = services.GetRequiredService<ITenantUnitOfWork>();
            var db = services.GetRequiredService<OcrDb>();
            using var document = OcrTextDocument.Build(result.Text);
            var text = await vault.StoreAsync(document, $"van-ban-nhan-dang-{job.Id:N}.docx", cancellationToken);
            try
            {
                await unitOfWork.InTransactionAsync(async () =>
                {
                    await vault.RecordAsync(text, cancellationToken);
                    var done = await leases.CompleteAsync(db, job.Id, result, text.Id, cancellationToken);
                    if (!done)
                        throw new OperationCanceledException("The job's lease was taken over.");
                }, cancellationToken);
            }
            catch
            {
                vault.Discard(text);
                throw;
            }
            return true;
        });
    }

    /// <summary>On an orderly shutdown the job goes back to the queue at once, its run not counted.</summary>
    private async Task ReleaseAsync(TenantContext tenant, Guid id)
    {
        try
        {
            await leases.ReleaseAsync(tenant, id);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "OCR job {Job} could not be put back in the queue; its lease will run out", id);
        }
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }
}
