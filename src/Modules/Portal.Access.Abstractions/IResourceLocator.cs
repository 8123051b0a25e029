namespace Portal.Access;

/// <summary>
/// Implemented by the module that owns a kind of resource (routed to it by
/// <see cref="ResourceLocatorServiceCollectionExtensions.AddResourceLocator{TLocator}"/>): finds it in the current
/// tenant, or null when there is none. The access check never reads another module's tables.
/// </summary>
public interface IResourceLocator
{
    Task<LocatedResource?> FindAsync(string id, CancellationToken cancellationToken);
}
