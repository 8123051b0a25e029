using Microsoft.AspNetCore.Builder;

namespace Portal.ApiTokens.Authentication;

public static class ApiScopeEndpointExtensions
{
    /// <summary>Accepts API tokens with <paramref name="scope"/> here, and refuses (403) tokens without it; browser sessions are not limited.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new ApiScopeAttribute(scope));
        builder.RequireAuthorization(ApiScopes.Policy(scope));
        return builder;
    }
}
