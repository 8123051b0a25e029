using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace Portal.Core.Tenancy;

/// <summary>
/// First path segments that belong to the central office (the Default tenant at "/") and so can
/// never be a tenant's prefix: fixed words plus the first literal segment of every mapped route.
/// The set is built again when the routes change: the application's routes join the endpoint data
/// source only when it starts, and the first run creates its demo tenants before that; a set kept
/// from then lacked every module's prefix, so "/exchange/…" at the root was taken for a tenant
/// named "exchange" and answered 404.
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

    // One reference, so a reader on another thread never sees a set with another set's token.
    private Tuple<HashSet<string>, IChangeToken>? _built;

    public bool Contains(string segment) => All.Contains(segment);

    private HashSet<string> All
    {
        get
        {
            if (_built is { Item2.HasChanged: false } built)
                return built.Item1;
            // The token first: a change while building leaves it fired, so the next call builds again.
            var changed = endpoints.GetChangeToken();
            var set = Build();
            _built = Tuple.Create(set, changed);
            return set;
        }
    }

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
