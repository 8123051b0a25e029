using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Portal.Access;
using Portal.Core.Modules;

namespace Portal.Tests.Access;

/// <summary>
/// Walks every endpoint the application maps: each one states who may call it, which methods it
/// answers and which feature it belongs to; anonymous ones stay on a short list; every route that
/// takes a document or file id is declared with its protection.
/// </summary>
public sealed partial class EndpointGateTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    private static readonly HashSet<string> AnonymousAllowed =
    [
        "GET account/login", "POST account/login",
        "GET account/totp", "POST account/totp", "GET account/totp/enrol", "POST account/totp/enrol",
        "GET account/certificate", "POST account/certificate",
        // Node to node: no session, the node credential and the agencies' signatures are checked instead.
        "POST /exchange/envelopes", "POST /exchange/statuses", "POST /exchange/recalls", "POST /exchange/decisions",
    ];

    [GeneratedRegex("(document|file|dossier)", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceIdParameter();

    private IReadOnlyList<RouteEndpoint> Endpoints =>
        fixture.Server.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    [Fact]
    public void The_application_maps_the_pages_it_is_known_for()
    {
        var routes = Endpoints.Select(e => e.RoutePattern.RawText).ToList();
        Assert.Contains("admin/tenants", routes);
        Assert.Contains("admin/audit", routes);
        Assert.Contains("test-documents/{documentId}", routes);
    }

    [Fact]
    public void Every_endpoint_states_its_authorization_methods_and_feature()
    {
        var problems = new List<string>();
        foreach (var endpoint in Endpoints)
        {
            var name = Describe(endpoint);
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (!anonymous && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
                problems.Add($"{name}: no authorization rule");
            if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { HttpMethods.Count: > 0 })
                problems.Add($"{name}: answers every HTTP method");
            if (endpoint.Metadata.GetMetadata<FeatureAttribute>() is null)
                problems.Add($"{name}: belongs to no feature");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Anonymous_endpoints_stay_on_their_short_list()
    {
        var anonymous = Endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        Assert.Subset(AnonymousAllowed, anonymous);
    }

    [Fact]
    public void Every_route_that_takes_a_document_or_file_id_is_in_the_registry()
    {
        var undeclared = Endpoints
            .SelectMany(e => e.RoutePattern.Parameters
                .Where(p => ResourceIdParameter().IsMatch(p.Name))
                .Where(p => !e.Metadata.GetOrderedMetadata<ProtectedResourceAttribute>().Any(d => d.RouteValue == p.Name))
                .Select(p => $"{Describe(e)} ({{{p.Name}}})"))
            .ToList();
        Assert.Empty(undeclared);
        Assert.Contains(Endpoints, e => e.Metadata.GetMetadata<ProtectedResourceAttribute>() is not null);
    }

    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {endpoint.RoutePattern.RawText}";
}
