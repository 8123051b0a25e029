using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Identity;

namespace Portal.Dashboard;

/// <summary>The home page ("Trang chủ"): the person's own work; document modules add their lists to it.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(DashboardFeature.Id, "Trang chủ",
        "Trang chủ với việc của tôi.", [IdentityFeature.Id], alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(new MenuEntry(MenuSections.Home, "Việc của tôi", "/", "home", 0, DashboardFeature.Id, _ => true));
}
