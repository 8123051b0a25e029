using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Outbox;
using Portal.Core.Recipes;
using Portal.Core.Settings;

namespace Portal.Core;

/// <summary>The framework's own feature, on in every tenant: tenant settings and the durable outbox.</summary>
public sealed class CoreModule : IModuleStartup
{
    public const string FeatureId = "Portal.Core";

    public ModuleManifest Manifest { get; } =
        ModuleManifest.Single(FeatureId, "Nền tảng", "Thiết lập của cơ quan, hộp thư đi (outbox) của các việc sau khi ghi.", alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<SettingsDbContext>(FeatureId, o => new SettingsDbContext(o));
        services.AddScoped<ITenantSettings, TenantSettings>();
        services.AddTenantDbContext<OutboxDb>(FeatureId, o => new OutboxDb(o));
        services.AddScoped<IOutbox, TenantOutbox>();
        services.AddSingleton<IRecipeStep, SettingsRecipeStep>();
    }
}
