using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Tenancy;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>
/// Builds the plan of a merge or a split by asking each module of each tenant (sources and targets, each in its own
/// scope) what it holds, and a split's source its units; nothing is changed.
/// </summary>
public sealed class ReorganisationPlanner(TenantStore store, TenantHost host, TenantTransfers transfers, ModuleCatalogue catalogue,
    IEnumerable<StayingRoute> staying, IEnumerable<TenantDataModel> stores, IEnumerable<CarriedFeature> carried)
{
    public Task<ReorganisationPlan> PlanAsync(IReadOnlyList<string> sources, string target, CancellationToken cancellationToken) =>
        PlanAsync(ReorganisationKind.Merge, sources, target, [target], null, cancellationToken);

    /// <summary>A split of <paramref name="source"/> among <paramref name="targets"/> by <paramref name="units"/> (unit code → successor); <paramref name="main"/> takes the rest.</summary>
    public Task<ReorganisationPlan> SplitAsync(string source, IReadOnlyList<string> targets, string main, IReadOnlyDictionary<string, string> units,
        CancellationToken cancellationToken) =>
        PlanAsync(ReorganisationKind.Split, [source], main, targets, units, cancellationToken);

    private async Task<ReorganisationPlan> PlanAsync(ReorganisationKind kind, IReadOnlyList<string> sources, string main, IReadOnlyList<string> targets,
        IReadOnlyDictionary<string, string>? units, CancellationToken cancellationToken)
    {
        var (sourceRecords, targetRecords) = await CheckAsync(kind, sources, main, targets, cancellationToken);
        var lines = new List<PlanLine>();
        var left = new List<StayingLine>();
        var holders = new Dictionary<string, (string Text, SortedSet<string> Tenants)>(StringComparer.Ordinal);
        var blockers = new List<string>();
        var shares = new List<PlanUnit>();
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tenant in sourceRecords.Concat(targetRecords))
        {
            var isTarget = targetRecords.Contains(tenant);
            var context = await host.ActivateAsync(tenant.Name, cancellationToken)
                ?? throw new RequestRefusedException($"Cơ quan '{tenant.Name}' không hoạt động.");
            foreach (var route in transfers.Of(tenant))
            {
                var summary = await host.RunAsync(context, s => route.Create(s).SummariseAsync(cancellationToken));
                if (!isTarget)
                {
                    lines.Add(new PlanLine(tenant.Name, route.Kind, route.Name ?? ModuleName(route.FeatureId), summary.Rows));
                    foreach (var lacking in targetRecords.Where(t => summary.Rows > 0 && !t.FeatureSet.Contains(route.FeatureId)))
                        blockers.Add($"Cơ quan nhận '{lacking.Name}' chưa bật tính năng '{ModuleName(route.FeatureId)}' mà '{tenant.Name}' có dữ liệu.");
                }
                foreach (var key in summary.Keys)
                {
                    if (!holders.TryGetValue(key.Key, out var holder))
                        holders[key.Key] = holder = (key.Text, new SortedSet<string>(StringComparer.Ordinal));
                    holder.Tenants.Add(tenant.Name);
                }
            }
            if (isTarget)
                continue;
            left.AddRange(await StayingAsync(tenant, context, cancellationToken));
            if (units is not null)
                shares.AddRange(await UnitsAsync(context, targets, units, blockers, people, cancellationToken));
        }
        var conflicts = holders.Values.Where(h => h.Tenants.Count > 1).OrderBy(h => h.Text, StringComparer.Ordinal)
            .Select(h => new PlanConflict(h.Text, h.Tenants.ToList())).ToList();
        return new ReorganisationPlan(kind, sources, main, targets, lines, conflicts, blockers, shares, left, people);
    }

    /// <summary>
    /// The source's units with their successors, and each person's successor by unit into <paramref name="people"/>; a unit
    /// given to none, a unit the source lacks and a successor not named are blockers.
    /// </summary>
    private async Task<IReadOnlyList<PlanUnit>> UnitsAsync(TenantContext source, IReadOnlyList<string> targets, IReadOnlyDictionary<string, string> map,
        List<string> blockers, Dictionary<string, string> people, CancellationToken cancellationToken)
    {
        var chart = await host.RunAsync(source, s => s.GetRequiredService<IOrganisationChart>().ReadAsync(cancellationToken));
        foreach (var (code, successor) in map)
        {
            if (chart.Units.All(u => u.Code != code))
                blockers.Add($"'{source.Name}' không có đơn vị {code}.");
            if (!targets.Contains(successor, StringComparer.Ordinal))
                blockers.Add($"Đơn vị {code} được giao cho '{successor}', không phải cơ quan kế thừa.");
        }
        var resolved = UnitMap.Resolve(chart, map);
        var shares = new List<PlanUnit>();
        foreach (var unit in chart.Units.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            if (resolved[unit.Code] is not { } successor)
                blockers.Add($"Đơn vị {unit.Code} ({unit.Name}) chưa được giao cho cơ quan kế thừa nào.");
            shares.Add(new PlanUnit(unit.Code, unit.Name, resolved[unit.Code] ?? "", chart.UnitOfUser.Count(p => p.Value == unit.Code)));
        }
        foreach (var (user, unit) in chart.UnitOfUser)
            if (unit is not null && resolved.GetValueOrDefault(unit) is { } successor)
                people[user] = successor;
        return shares;
    }

    /// <summary>What the source's enabled modules hold that no transfer moves: counted where the module counts it, else the module named.</summary>
    private async Task<IReadOnlyList<StayingLine>> StayingAsync(TenantRecord source, TenantContext context, CancellationToken cancellationToken)
    {
        var left = new List<StayingLine>();
        foreach (var route in staying.Where(r => source.FeatureSet.Contains(r.FeatureId)))
        {
            var counts = await host.RunAsync(context, s => route.Create(s).CountAsync(cancellationToken));
            left.AddRange(counts.Where(c => c.Rows > 0).Select(c => new StayingLine(source.Name, c.Text, c.Rows)));
        }
        var moved = transfers.Of(source).Select(r => r.FeatureId).Concat(staying.Select(r => r.FeatureId)).Concat(carried.Select(c => c.FeatureId))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var feature in stores.Select(m => m.FeatureId).Distinct().Where(f => source.FeatureSet.Contains(f) && !moved.Contains(f)).Order())
            left.Add(new StayingLine(source.Name, ModuleName(feature), null));
        return left;
    }

    private string ModuleName(string featureId) => catalogue.Features.FirstOrDefault(f => f.Id == featureId)?.Name ?? featureId;

    private async Task<(IReadOnlyList<TenantRecord> Sources, IReadOnlyList<TenantRecord> Targets)> CheckAsync(ReorganisationKind kind,
        IReadOnlyList<string> sources, string main, IReadOnlyList<string> targets, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var split = kind == ReorganisationKind.Split;
        if (sources.Count == 0)
            errors.Add(split ? "Chọn cơ quan được chia tách." : "Chọn ít nhất một cơ quan được sáp nhập.");
        if (split && targets.Count < 2)
            errors.Add("Chia tách cần ít nhất hai cơ quan kế thừa.");
        if (split && !targets.Contains(main, StringComparer.Ordinal))
            errors.Add("Cơ quan kế thừa chính phải là một trong các cơ quan kế thừa.");
        if (sources.Concat(targets).Distinct(StringComparer.Ordinal).Count() != sources.Count + targets.Count)
            errors.Add(sources.Any(s => targets.Contains(s, StringComparer.Ordinal))
                ? split ? "Cơ quan kế thừa không thể đồng thời là cơ quan được chia tách." : "Cơ quan nhận không thể đồng thời là cơ quan được sáp nhập."
                : "Một cơ quan được kể hai lần.");
        var records = new List<TenantRecord>();
        foreach (var name in sources.Concat(targets).Distinct(StringComparer.Ordinal))
        {
            var record = await store.FindAsync(name, cancellationToken);
            if (record is not { State: TenantState.Running })
                errors.Add($"Không có cơ quan đang hoạt động '{name}'.");
            else if (record.IsDefault)
                errors.Add("Văn phòng Chính phủ (cơ quan trung tâm) không sáp nhập hay chia tách được.");
            else
                records.Add(record);
        }
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        return (sources.Select(s => records.Single(r => r.Name == s)).ToList(), targets.Select(t => records.Single(r => r.Name == t)).ToList());
    }
}
