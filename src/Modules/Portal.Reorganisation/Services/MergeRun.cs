using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>
/// Runs an approved merge or split from where its steps stand, holding its lease (<see cref="RunnerLease"/>): each batch
/// is exported in the source's scope, imported in the target's, then the step's cursor is saved in the central office's
/// store. A kill between import and cursor re-runs the batch, which the modules' idempotent imports make harmless. A
/// stop is taken between batches. A source becomes a read-only archive once its last step (the audit trail's seal) is
/// done: nothing may change there any more.
/// </summary>
public sealed class MergeRun(TenantHost host, TenantAdministration tenants, TenantTransfers transfers, IConfiguration configuration,
    ILogger<MergeRun> logger)
{
    /// <summary>Rows per batch (`Portal:Reorganisation:BatchSize`, default 100): one import transaction and one cursor save each.</summary>
    private int BatchSize => configuration.GetValue("Portal:Reorganisation:BatchSize", 100);

    /// <summary>How long a run's lease lasts unless renewed (`Portal:Reorganisation:LeaseSeconds`, default 300); it is renewed with each batch.</summary>
    private TimeSpan LeaseLength => TimeSpan.FromSeconds(configuration.GetValue("Portal:Reorganisation:LeaseSeconds", 300));

    /// <summary>
    /// Runs the reorganisation until it is done, stopped or failed, and says its state then; when another runner (the CLI,
    /// the server's worker) holds its lease, does nothing and says who holds it.
    /// </summary>
    public async Task<RunEnd> RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var central = await host.ActivateAsync(TenantRecord.DefaultName, cancellationToken)
            ?? throw new InvalidOperationException("The central office is not running.");
        var lease = new RunnerLease(LeaseLength);
        if (await CentralDbAsync(central, db => lease.ClaimAsync(db, id, cancellationToken)) is { } heldBy)
            return new RunEnd(await StateAsync(central, id, cancellationToken), heldBy);
        try
        {
            return await StepsAsync(central, id, lease, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Reorganisation {Id} failed", id);
            await CentralAsync(central, async (db, audit) =>
            {
                await db.Reorganisations.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReorganisationState.Failed)
                    .SetProperty(r => r.Error, e.Message.Length > 2000 ? e.Message[..2000] : e.Message), cancellationToken);
                await audit.RecordAsync(new AuditRecord(ReorganisationAudit.Failed, AuditOutcome.Failed, ReorganisationAudit.TargetKind,
                    id.ToString(), "Việc sáp nhập, chia tách dừng vì lỗi; xem lý do trên trang của nó", UserName: "hệ thống"), cancellationToken);
                return 0;
            });
            return new RunEnd(ReorganisationState.Failed);
        }
        finally
        {
            await CentralDbAsync(central, async db => { await lease.ReleaseAsync(db, id, CancellationToken.None); return 0; });
        }
    }

    private async Task<RunEnd> StepsAsync(TenantContext central, Guid id, RunnerLease lease, CancellationToken cancellationToken)
    {
        var record = await CentralDbAsync(central, db => db.Reorganisations.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken));
        var plan = PlanJson.Read(record.Plan);
        // Module by module, each for every target: a split's audit steps come last for both, so the source's chain is sealed once.
        var steps = await CentralDbAsync(central, db => db.Steps.AsNoTracking().Where(s => s.ReorganisationId == id)
            .OrderBy(s => s.SourceIndex).ThenBy(s => s.Order).ThenBy(s => s.TargetIndex).ToListAsync(cancellationToken));
        foreach (var step in steps.Where(s => !s.Done))
        {
            var source = await ActivateAsync(step.Source, cancellationToken);
            var target = await ActivateAsync(step.Target, cancellationToken);
            var route = transfers.Route(step.Kind);
            var share = record.Kind == ReorganisationKind.Split ? new TransferShare(step.Target, record.Target, plan.People) : null;
            var work = new TransferWork(id, step.Source, step.SourceIndex, step.Target, record.ApprovedBy, new SourceFiles(host, source), share);
            while (!step.Done)
            {
                if (!await CentralDbAsync(central, db => lease.RenewAsync(db, id, cancellationToken)))
                    return new RunEnd(await StateAsync(central, id, cancellationToken), "một tiến trình khác (hợp đồng giữ việc đã hết hạn)");
                if (await StateAsync(central, id, cancellationToken) != ReorganisationState.Running)
                    return new RunEnd(ReorganisationState.Stopped);
                var batch = await host.RunAsync(source, s => route.Create(s).ExportAsync(work, step.Cursor, BatchSize, cancellationToken));
                if (batch.Rows.Count > 0)
                    await host.RunAsync(target, s => route.Create(s).ImportAsync(work, batch, cancellationToken));
                if (batch.Next is null)
                    await host.RunAsync(source, async s => { await route.Create(s).CloseSourceAsync(work, cancellationToken); return 0; });
                step.Cursor = batch.Next ?? step.Cursor;
                step.Moved += batch.Rows.Count;
                step.Done = batch.Next is null;
                await CentralDbAsync(central, db => db.Steps.Where(s => s.Id == step.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.Cursor, step.Cursor).SetProperty(s => s.Moved, step.Moved).SetProperty(s => s.Done, step.Done), cancellationToken));
            }
            // Its chain is sealed with its last step: nothing may be written there any more.
            if (steps.All(s => s.SourceIndex != step.SourceIndex || s.Done))
                await CloseAsync(step.Source, cancellationToken);
        }
        foreach (var source in record.SourceNames)
            await CloseAsync(source, cancellationToken);
        await CentralAsync(central, async (db, audit) =>
        {
            await db.Reorganisations.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReorganisationState.Done)
                .SetProperty(r => r.FinishedUtc, StoredTime.UtcNow), cancellationToken);
            await audit.RecordAsync(new AuditRecord(ReorganisationAudit.Finished, AuditOutcome.Succeeded, ReorganisationAudit.TargetKind,
                id.ToString(), $"Đã {Reorganisations.Describe(record)}: {steps.Sum(s => s.Moved)} bản ghi", UserName: "hệ thống"),
                cancellationToken);
            return 0;
        });
        return new RunEnd(ReorganisationState.Done);
    }

    private async Task<TenantContext> ActivateAsync(string tenant, CancellationToken cancellationToken) =>
        await host.ActivateAsync(tenant, cancellationToken) ?? throw new InvalidOperationException($"Cơ quan '{tenant}' không hoạt động.");

    private async Task CloseAsync(string source, CancellationToken cancellationToken)
    {
        // A read-only archive for its security officers; the central office disables it when it is no longer needed.
        if (await tenants.FindAsync(source, cancellationToken) is { State: TenantState.Running })
            await tenants.ArchiveAsync(source, cancellationToken);
        host.Release(source);
    }

    private Task<ReorganisationState> StateAsync(TenantContext central, Guid id, CancellationToken cancellationToken) =>
        CentralDbAsync(central, db => db.Reorganisations.Where(r => r.Id == id).Select(r => r.State).SingleAsync(cancellationToken));

    /// <summary>One statement in the central office's store, committed on its own: a runner frozen between two holds no lock there.</summary>
    private Task<T> CentralDbAsync<T>(TenantContext central, Func<ReorganisationDb, Task<T>> work) =>
        host.RunAsync(central, s => work(s.GetRequiredService<ReorganisationDb>()));

    private Task<T> CentralAsync<T>(TenantContext central, Func<ReorganisationDb, IAuditTrail, Task<T>> work) =>
        host.RunAsync(central, async s =>
        {
            var result = default(T)!;
            await s.GetRequiredService<ITenantUnitOfWork>().InTransactionAsync(
                async () => result = await work(s.GetRequiredService<ReorganisationDb>(), s.GetRequiredService<IAuditTrail>()));
            return result;
        });
}
