using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Modules;

/// <summary>
/// A module's entry point. Services go into the one root container (tenants share it; per-tenant
/// state lives on <see cref="Tenancy.TenantContext"/>), routes are mapped once and are relative to
/// the tenant prefix, and each route names the feature that must be enabled for it to answer.
/// </summary>
public interface IModuleStartup
{
    ModuleManifest Manifest { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    void MapRoutes(IEndpointRouteBuilder routes) { }
}
