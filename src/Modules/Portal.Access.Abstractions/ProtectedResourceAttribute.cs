namespace Portal.Access;

/// <summary>
/// Declares, on a route that takes a resource id, which kind it is and which route value holds the id.
/// The access filter then answers 404 unless the user may see it; the gate test fails for a route
/// that takes an id and has no declaration.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProtectedResourceAttribute(string kind, string routeValue) : Attribute
{
    public string Kind { get; } = kind;
    public string RouteValue { get; } = routeValue;
    public ResourceOperation Operation { get; init; } = ResourceOperation.Read;
}
