using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access.Models;
using Portal.Access.Services;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Access;

/// <summary>Access lists and the one access check that every route, page, file, export and search uses.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(AccessFeature.Id, "Kiểm soát tiếp cận",
        "Danh sách người được tiếp cận từng tài liệu và một phép kiểm tra chung.", [AuditFeature.Id], alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<AccessDb>(AccessFeature.Id, o => new AccessDb(o));
        services.AddScoped<AccessAlerts>();
        services.AddScoped<IAccessAlerts>(sp => sp.GetRequiredService<AccessAlerts>());
        services.AddScoped<IAccessList, AccessList>();
        services.AddScoped<IAccessCheck, AccessCheck>();
        services.AddSingleton<IEndpointGuard, ProtectedResourceGuard>();
    }
}
