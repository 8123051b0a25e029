using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Identity;

namespace Portal.Tenants;

/// <summary>The central office's pages for agencies (tenants): list, create, disable, features, diagnostics.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(TenantsFeature.Id, "Quản lý cơ quan",
        "Tạo, vô hiệu hóa và theo dõi các cơ quan sử dụng hệ thống.", [IdentityFeature.Id],
        centralOfficeOnly: true, alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new MenuEntry(MenuSections.CentralOffice, "Cơ quan", "/admin/tenants", "building", 10,
            TenantsFeature.Id, u => u.IsInRole(Roles.CentralOfficeAdmin)));
        services.AddSingleton(new MenuEntry(MenuSections.CentralOffice, "Tình trạng hệ thống", "/admin/diagnostics", "bar-chart", 20,
            TenantsFeature.Id, u => u.IsInRole(Roles.CentralOfficeAdmin)));
    }
}
