using System.Globalization;

namespace Portal.Access;

/// <summary>
/// A locator for a kind of resource whose ids are the owning module's integer keys: the id is parsed here, once
/// for every module, and the module only says the level of the row with that key, if there is one.
/// </summary>
public abstract class NumberedResourceLocator(string kind) : IResourceLocator
{
    protected string Kind => kind;

    public async Task<LocatedResource?> FindAsync(string id, CancellationToken cancellationToken)
    {
        // A malformed id becomes 0, which no row has, so it costs the same query as a missing one.
        var key = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return await LevelAsync(key, cancellationToken) is { } level ? new LocatedResource(level, new ResourceRef(Kind, id)) : null;
    }

    /// <summary>The level of the row with this key in the current tenant, or null when there is none.</summary>
    protected abstract Task<SecrecyLevel?> LevelAsync(int key, CancellationToken cancellationToken);
}
