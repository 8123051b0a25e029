using Portal.Core.Tenancy;

namespace Portal.Oversight.Publishing;

/// <summary>Counts the current tenant's figures through the sources of the modules it has enabled.</summary>
internal sealed class FigureCollection(IEnumerable<IFigureSource> sources, ITenantAccessor tenants, TimeProvider clock)
{
    public async Task<FigureSheet> CountAsync(CancellationToken cancellationToken)
    {
        var tenant = tenants.Required;
        var sheet = new FigureSheet { ComputedUtc = clock.GetUtcNow().UtcDateTime };
        foreach (var source in sources.Where(s => tenant.HasFeature(s.FeatureId)))
            await source.AddToAsync(sheet, cancellationToken);
        return sheet;
    }
}
