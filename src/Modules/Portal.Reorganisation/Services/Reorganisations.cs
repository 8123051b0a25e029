using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>
/// The central office's reorganisations: a plan recorded, approved (its steps made), stopped and resumed, each audited in
/// the central office's trail. Runs in the central office's scope.
/// </summary>
public sealed class Reorganisations(ReorganisationDb db, ReorganisationPlanner planner, TenantStore store, TenantTransfers transfers,
    ITenantUnitOfWork unitOfWork, IAuditTrail audit, ReorganisationSignal signal, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReorganisationRecord>> ListAsync(CancellationToken cancellationToken) =>
        await db.Reorganisations.AsNoTracking().OrderByDescending(r => r.PlannedUtc).Take(100).ToListAsync(cancellationToken);

    public Task<ReorganisationRecord?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Reorganisations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ReorganisationStep>> StepsAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Steps.AsNoTracking().Where(s => s.ReorganisationId == id).OrderBy(s => s.SourceIndex).ThenBy(s => s.Order)
            .ToListAsync(cancellationToken);

    /// <summary>Plans the merge and records it unapproved; an unfinished reorganisation of the same tenants is returned instead.</summary>
    public Task<ReorganisationRecord> PlanAsync(IReadOnlyList<string> sources, string target, string by, CancellationToken cancellationToken) =>
        RecordAsync(ReorganisationKind.Merge, sources, target, [target], () => planner.PlanAsync(sources, target, cancellationToken), by,
            cancellationToken);

    /// <summary>Plans the split of <paramref name="source"/> by its units and records it unapproved, as <see cref="PlanAsync"/> does.</summary>
    public Task<ReorganisationRecord> SplitAsync(string source, IReadOnlyList<string> targets, string main, IReadOnlyDictionary<string, string> units,
        string by, CancellationToken cancellationToken) =>
        RecordAsync(ReorganisationKind.Split, [source], main, targets, () => planner.SplitAsync(source, targets, main, units, cancellationToken), by,
            cancellationToken);

    private async Task<ReorganisationRecord> RecordAsync(ReorganisationKind kind, IReadOnlyList<string> sources, string main,
        IReadOnlyList<string> targets, Func<Task<ReorganisationPlan>> plan, string by, CancellationToken cancellationToken)
    {
        var (joined, targetList) = (string.Join(',', sources), string.Join(',', targets));
        var open = await db.Reorganisations.AsNoTracking().FirstOrDefaultAsync(r => r.Kind == kind && r.Sources == joined && r.Target == main
            && r.Targets == targetList && r.State != ReorganisationState.Done && r.State != ReorganisationState.Failed, cancellationToken);
        if (open is not null)
            return open;
        var record = new ReorganisationRecord
        {
            Id = Guid.NewGuid(), Kind = kind, Sources = joined, Target = main, Targets = targetList, State = ReorganisationState.Planned,
            Plan = PlanJson.Write(await plan()), PlannedBy = by, PlannedUtc = Now,
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Reorganisations.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ReorganisationAudit.Planned, AuditOutcome.Succeeded, ReorganisationAudit.TargetKind,
                record.Id.ToString(), $"Lập kế hoạch {Describe(record)}"), cancellationToken);
        }, cancellationToken);
        return record;
    }

    /// <summary>"sáp nhập A,B vào C" or "chia tách A cho B,C", as the trail and the pages say it.</summary>
    public static string Describe(ReorganisationRecord record) => record.Kind == ReorganisationKind.Split
        ? $"chia tách {record.Sources} cho {record.Targets}"
        : $"sáp nhập {record.Sources} vào {record.Target}";

    /// <summary>Approves a plan with no blocker: its steps are made (source by source, in module order) and the job starts.</summary>
    public async Task ApproveAsync(Guid id, string by, CancellationToken cancellationToken)
    {
        await unitOfWork.InTransactionAsync(async () =>
        {
            var record = await db.Reorganisations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
                ?? throw new RequestRefusedException("Không có kế hoạch sáp nhập này.");
            if (record.State != ReorganisationState.Planned)
                throw new RequestRefusedException("Kế hoạch này đã được phê duyệt.");
            var plan = PlanJson.Read(record.Plan);
            if (plan.Blockers.Count > 0)
                throw new RequestRefusedException(plan.Blockers);
            var index = 0;
            foreach (var source in record.SourceNames)
            {
                var tenant = await store.FindAsync(source, cancellationToken)
                    ?? throw new RequestRefusedException($"Không có cơ quan '{source}'.");
                foreach (var route in transfers.Of(tenant))
                    foreach (var (target, targetIndex) in record.TargetNames.Select((t, i) => (t, i)))
                        db.Steps.Add(new ReorganisationStep
                        {
                            ReorganisationId = id, Source = source, SourceIndex = index, Target = target, TargetIndex = targetIndex,
                            Kind = route.Kind, Order = route.Order,
                            Planned = plan.Lines.FirstOrDefault(l => l.Source == source && l.Kind == route.Kind)?.Rows ?? 0,
                        });
                index++;
            }
            record.State = ReorganisationState.Running;
            record.ApprovedBy = by;
            record.ApprovedUtc = Now;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ReorganisationAudit.Approved, AuditOutcome.Succeeded, ReorganisationAudit.TargetKind,
                id.ToString(), $"Phê duyệt {Describe(record)}"), cancellationToken);
        }, cancellationToken);
        signal.Wake();
    }

    public Task StopAsync(Guid id, CancellationToken cancellationToken) =>
        MoveAsync(id, ReorganisationState.Running, ReorganisationState.Stopped, ReorganisationAudit.Stopped, "Tạm dừng sáp nhập, chia tách", cancellationToken);

    public async Task ResumeAsync(Guid id, CancellationToken cancellationToken)
    {
        await MoveAsync(id, ReorganisationState.Stopped, ReorganisationState.Running, ReorganisationAudit.Resumed, "Tiếp tục sáp nhập, chia tách", cancellationToken);
        signal.Wake();
    }

    private Task MoveAsync(Guid id, ReorganisationState from, ReorganisationState to, string action, string text, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var moved = await db.Reorganisations.Where(r => r.Id == id && r.State == from)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, to), cancellationToken);
            if (moved == 0)
                throw new RequestRefusedException("Việc sáp nhập không ở trạng thái cho phép thao tác này.");
            await audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, ReorganisationAudit.TargetKind, id.ToString(), text),
                cancellationToken);
        }, cancellationToken);

    private DateTime Now => StoredTime.Of(clock.GetUtcNow().UtcDateTime);
}
