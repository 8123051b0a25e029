namespace Portal.ApiTokens.Authentication;

/// <summary>
/// Endpoint metadata: the endpoint accepts API tokens that have this scope. A token is not even
/// authenticated on an endpoint without it (other than reading a protected resource).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ApiScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
