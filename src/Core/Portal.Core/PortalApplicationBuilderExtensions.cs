using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Core.Tenancy;

namespace Portal.Core;

public static class PortalApplicationBuilderExtensions
{
    /// <summary>Tenant resolution before routing, so every route is tenant-relative; the feature gate after it.</summary>
    public static IApplicationBuilder UsePortalTenants(this IApplicationBuilder app)
    {
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseRouting();
        app.UseMiddleware<FeatureGateMiddleware>();
        return app;
    }

    public static IEndpointRouteBuilder MapPortalModules(this IEndpointRouteBuilder routes)
    {
        foreach (var module in routes.ServiceProvider.GetRequiredService<ModuleCatalogue>().Modules)
            module.MapRoutes(routes);
        return routes;
    }
}
