using Microsoft.EntityFrameworkCore;
using Portal.Identity.Models;
using Portal.Reorganisation;

namespace Portal.Identity.Merge;

/// <summary>The tenant's units and each account's unit, for a split to share people among successors by unit.</summary>
internal sealed class UnitChart(IdentityDb db) : IOrganisationChart
{
    public async Task<OrganisationChart> ReadAsync(CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        var people = await db.Users.AsNoTracking().Select(u => new { u.Id, u.UnitId }).ToListAsync(cancellationToken);
        return new OrganisationChart(
            units.Select(u => new ChartUnit(u.Code, u.Name, u.ParentId is { } parent ? codes.GetValueOrDefault(parent) : null)).ToList(),
            people.ToDictionary(p => p.Id, p => p.UnitId is { } unit ? codes.GetValueOrDefault(unit) : null));
    }
}
