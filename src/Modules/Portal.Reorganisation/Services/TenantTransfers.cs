using Portal.Core.Tenancy;

namespace Portal.Reorganisation.Services;

/// <summary>The modules' transfers in step order, and those a tenant has (its feature on).</summary>
public sealed class TenantTransfers(IEnumerable<TransferRoute> routes)
{
    public IReadOnlyList<TransferRoute> All { get; } = routes.OrderBy(r => r.Order).ToList();

    public IReadOnlyList<TransferRoute> Of(TenantRecord tenant) => All.Where(r => tenant.FeatureSet.Contains(r.FeatureId)).ToList();

    public TransferRoute Route(string kind) => All.Single(r => r.Kind == kind);
}
