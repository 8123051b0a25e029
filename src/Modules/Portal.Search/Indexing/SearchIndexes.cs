using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>The current tenant's index, opened on first use and rebuilt from the database first when it is missing or damaged.</summary>
public sealed class SearchIndexes(ITenantAccessor tenants, IndexBuilder builder)
{
    public static string Folder(TenantContext tenant) => Path.Combine(tenant.DataFolder, "index", "search");

    public static IndexSlot Slot(TenantContext tenant) => tenant.GetOrAdd(() => new IndexSlot(Folder(tenant)));

    public async Task<TenantIndex> OpenAsync(CancellationToken cancellationToken)
    {
        var tenant = tenants.Required;
        var index = Slot(tenant).Index;
        if (index.NeedsRebuild)
            await builder.RebuildAsync(index, onlyIfNeeded: true, progress: null, cancellationToken);
        return index;
    }
}
