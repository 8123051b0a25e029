using Microsoft.Extensions.Options;
using Portal.Core.Settings;
using Portal.Core.Tenancy;

namespace Portal.Oversight.Board;

/// <summary>Puts the tenant rows (host database) and the figures they published (central office's store) together.</summary>
public sealed class OversightBoard(TenantStore tenants, CentralFigures figures, ITenantSettings settings, IOptions<OversightOptions> options, TimeProvider clock)
{
    public async Task<BoardView> ViewAsync(BoardFilter filter, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken);
        var silentBefore = SilentBefore;
        var parent = filter.Parent is null ? null : all.FirstOrDefault(a => a.Tenant.Name == filter.Parent);
        return new BoardView(filter, all.Where(filter.Matches).ToList(), parent, silentBefore);
    }

    /// <summary>One agency and the agencies directly under it; null for an unknown name or the central office itself.</summary>
    public async Task<(AgencyStanding Agency, IReadOnlyList<AgencyStanding> Children)?> AgencyAsync(string name, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken);
        var agency = all.FirstOrDefault(a => a.Tenant.Name == name);
        return agency is null ? null : (agency, all.Where(a => a.ParentName == name).ToList());
    }

    public DateTime SilentBefore => clock.GetUtcNow().UtcDateTime - options.Value.SilentAfter;

    private async Task<List<AgencyStanding>> AllAsync(CancellationToken cancellationToken)
    {
        var rows = (await tenants.ListAsync(cancellationToken)).Where(t => !t.IsDefault).ToList();
        var published = await figures.AllAsync(cancellationToken);
        var byKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in rows)
        {
            byKey.TryAdd(t.AgencyCode, t.Name);
            byKey.TryAdd(t.DisplayName, t.Name);
        }
        string? ParentOf(TenantRecord t) => t.ParentAgency is { } p && byKey.TryGetValue(p, out var name) && name != t.Name ? name : null;
        var parents = rows.ToDictionary(t => t.Name, ParentOf, StringComparer.Ordinal);
        var children = parents.Values.Where(p => p is not null).GroupBy(p => p!).ToDictionary(g => g.Key, g => g.Count());
        var silentBefore = SilentBefore;
        var deadlines = await RolloutDeadlines.ReadAsync(settings, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));
        return rows
            .Select(t =>
            {
                var f = published.GetValueOrDefault(t.Name);
                var stage = AgencyStanding.StageOf(t, f, silentBefore);
                return new AgencyStanding(t, parents[t.Name], stage, f, children.GetValueOrDefault(t.Name))
                {
                    Behind = deadlines.Missed(stage, f?.Sheet, today),
                };
            })
            .OrderBy(a => a.Tenant.Level).ThenBy(a => a.Tenant.DisplayName, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .ToList();
    }
}
