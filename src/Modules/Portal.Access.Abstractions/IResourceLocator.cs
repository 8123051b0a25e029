namespace Portal.Access;

/// <summary>
/// Implemented by the module that owns a kind of resource: finds it in the current tenant, or null
/// when there is none. The access check never reads another module's tables.
/// </summary>
public interface IResourceLocator
{
    string Kind { get; }

    Task<LocatedResource?> FindAsync(string id, CancellationToken cancellationToken);
}
