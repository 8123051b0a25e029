namespace Portal.Access;

/// <summary>
/// Which locator finds a kind of resource, and the feature that owns it. The access check builds a locator only for
/// a resource of its kind in a tenant with its feature: a locator's services may not exist where the feature is off.
/// </summary>
public sealed record ResourceLocatorRoute(string Kind, string FeatureId, Func<IServiceProvider, IResourceLocator> Create);
