using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Portal.Core.Modules;
using Portal.Host;

namespace Portal.Tests.Architecture;

/// <summary>Every route names the feature it belongs to, so a tenant without the feature gets 404 from it.</summary>
public sealed class EndpointFeatureTests
{
    [Fact]
    public void Every_controller_action_of_the_product_carries_a_feature()
    {
        var controllers = ModuleAssemblies.Product.SelectMany(a => a.GetTypes())
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();

        Assert.NotEmpty(controllers);
        foreach (var controller in controllers)
        {
            if (controller.GetCustomAttribute<FeatureAttribute>() is not null)
                continue;
            var actions = controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttribute<NonActionAttribute>() is null);
            Assert.All(actions, a => Assert.True(a.GetCustomAttribute<FeatureAttribute>() is not null,
                $"{controller.FullName}.{a.Name} has no [Feature]."));
        }
    }

    [Fact]
    public async Task Every_mapped_endpoint_of_the_built_application_carries_a_known_feature()
    {
        var data = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        var app = PortalWebApp.Build([], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataFolder"] = data,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        }));
        try
        {
            var catalogue = app.Services.GetService(typeof(ModuleCatalogue)) as ModuleCatalogue;
            var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();

            Assert.Contains(endpoints, e => e.RoutePattern.RawText == "admin/tenants");
            foreach (var endpoint in endpoints.Where(e => !IsHostPlumbing(e)))
            {
                var feature = endpoint.Metadata.GetMetadata<FeatureAttribute>();
                Assert.True(feature is not null, $"{endpoint.DisplayName} ({endpoint.RoutePattern.RawText}) has no feature.");
                Assert.NotNull(catalogue!.Find(feature.FeatureId));
            }
        }
        finally
        {
            await app.DisposeAsync();
            if (Directory.Exists(data))
                Directory.Delete(data, recursive: true);
        }
    }

    private static bool IsHostPlumbing(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText?.TrimStart('/') is { } route &&
        (route.StartsWith("health", StringComparison.Ordinal) || route.StartsWith("static", StringComparison.Ordinal));
}
