using Portal.Core.Tenancy;

namespace Portal.Benchmarks.Search;

/// <summary>A tenant with search on, outside any server: the index is written straight through the module's indexing code.</summary>
public sealed class BenchTenant(string folder) : ITenantAccessor
{
    public TenantContext? Current { get; set; } = new(new TenantRecord
    {
        Name = "bench-search", DisplayName = "Tra cứu (đo)", Features = Portal.Search.SearchFeature.Id, State = TenantState.Running,
    }, folder);
}
