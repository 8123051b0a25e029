using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Portal.Core.Tenancy;

/// <summary>
/// First path segments that belong to the central office (the Default tenant at "/") and so can
/// never be a tenant's prefix: fixed words plus the first literal segment of every mapped route.
/// </summary>
public sealed class ReservedPrefixes(EndpointDataSource endpoints)
{
    private static readonly string[] Fixed =
    [
        "api", "openapi", "health", "static", "admin", "account", "default", "assets", "css", "js",
        "fonts", "icons", "favicon.ico", "robots.txt", "scalar", "swagger", "metrics", "login", "logout",
        // PostgreSQL's own schema: a tenant's schema is named after the tenant.
        "public",
    ];

    private HashSet<string>? _all;

    public bool Contains(string segment) => All.Contains(segment);

    private HashSet<string> All => _all ??= Build();

    private HashSet<string> Build()
    {
        var set = new HashSet<string>(Fixed, StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.PathSegments.FirstOrDefault()?.Parts is [RoutePatternLiteralPart literal])
                set.Add(literal.Content);
        }
        return set;
    }
}
