using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Tenancy;

namespace Portal.Reorganisation.Services;

/// <summary>
/// Builds the plan of a merge by asking each module of each tenant (sources and target, each in its own scope) what it
/// holds; nothing is changed.
/// </summary>
public sealed class MergePlanner(TenantStore store, TenantHost host, TenantTransfers transfers, ModuleCatalogue catalogue)
{
    public async Task<MergePlan> PlanAsync(IReadOnlyList<string> sources, string target, CancellationToken cancellationToken)
    {
        var (sourceRecords, targetRecord) = await CheckAsync(sources, target, cancellationToken);
        var lines = new List<PlanLine>();
        var holders = new Dictionary<string, (string Text, SortedSet<string> Tenants)>(StringComparer.Ordinal);
        var blockers = new List<string>();
        foreach (var tenant in sourceRecords.Append(targetRecord))
        {
            var isTarget = tenant == targetRecord;
            var context = await host.ActivateAsync(tenant.Name, cancellationToken)
                ?? throw new RequestRefusedException($"Cơ quan '{tenant.Name}' không hoạt động.");
            foreach (var route in transfers.Of(tenant))
            {
                var summary = await host.RunAsync(context, s => route.Create(s).SummariseAsync(cancellationToken));
                if (!isTarget)
                {
                    lines.Add(new PlanLine(tenant.Name, route.Kind, ModuleName(route), summary.Rows));
                    if (summary.Rows > 0 && !targetRecord.FeatureSet.Contains(route.FeatureId))
                        blockers.Add($"Cơ quan nhận '{target}' chưa bật tính năng '{ModuleName(route)}' mà '{tenant.Name}' có dữ liệu.");
                }
                foreach (var key in summary.Keys)
                {
                    if (!holders.TryGetValue(key.Key, out var holder))
                        holders[key.Key] = holder = (key.Text, new SortedSet<string>(StringComparer.Ordinal));
                    holder.Tenants.Add(tenant.Name);
                }
            }
        }
        var conflicts = holders.Values.Where(h => h.Tenants.Count > 1).OrderBy(h => h.Text, StringComparer.Ordinal)
            .Select(h => new PlanConflict(h.Text, h.Tenants.ToList())).ToList();
        return new MergePlan(sources, target, lines, conflicts, blockers);
    }

    private string ModuleName(TransferRoute route) => catalogue.Features.FirstOrDefault(f => f.Id == route.FeatureId)?.Name ?? route.Kind;

    private async Task<(IReadOnlyList<TenantRecord> Sources, TenantRecord Target)> CheckAsync(IReadOnlyList<string> sources, string target,
        CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (sources.Count == 0)
            errors.Add("Chọn ít nhất một cơ quan được sáp nhập.");
        if (sources.Distinct(StringComparer.Ordinal).Count() != sources.Count)
            errors.Add("Một cơ quan được kể hai lần.");
        if (sources.Contains(target, StringComparer.Ordinal))
            errors.Add("Cơ quan nhận không thể đồng thời là cơ quan được sáp nhập.");
        var records = new List<TenantRecord>();
        foreach (var name in sources.Append(target).Distinct(StringComparer.Ordinal))
        {
            var record = await store.FindAsync(name, cancellationToken);
            if (record is not { State: TenantState.Running })
                errors.Add($"Không có cơ quan đang hoạt động '{name}'.");
            else if (record.IsDefault)
                errors.Add("Văn phòng Chính phủ (cơ quan trung tâm) không sáp nhập được.");
            else
                records.Add(record);
        }
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        return (sources.Select(s => records.Single(r => r.Name == s)).ToList(), records.Single(r => r.Name == target));
    }
}
