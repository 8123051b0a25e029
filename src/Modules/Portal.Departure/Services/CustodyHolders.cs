using Portal.Core.Tenancy;

namespace Portal.Departure.Services;

/// <summary>The custody holders of the modules the tenant has: what a person is in charge of, asked of each owning module.</summary>
public sealed class CustodyHolders(IEnumerable<CustodyRoute> routes, ITenantAccessor tenants, IServiceProvider services)
{
    public async Task<IReadOnlyList<CustodyItem>> InCareOfAsync(string userId, CancellationToken cancellationToken)
    {
        var items = new List<CustodyItem>();
        foreach (var route in Enabled)
            items.AddRange(await route.Create(services).InCareOfAsync(userId, cancellationToken));
        return items;
    }

    /// <summary>The holder of that kind of item, or null when the tenant has no such module.</summary>
    public ICustodyHolder? Of(string kind) => Enabled.FirstOrDefault(r => r.Kind == kind)?.Create(services);

    private IEnumerable<CustodyRoute> Enabled => routes.Where(r => tenants.Required.HasFeature(r.FeatureId));
}
