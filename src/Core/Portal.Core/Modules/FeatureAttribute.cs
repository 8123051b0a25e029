namespace Portal.Core.Modules;

/// <summary>
/// Endpoint metadata (on a controller, an action or a minimal-API route): the route answers only in
/// tenants where this feature is enabled; elsewhere it is 404, as if it did not exist.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class FeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
