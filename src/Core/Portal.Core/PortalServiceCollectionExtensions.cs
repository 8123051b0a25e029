using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Backup;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Tenancy;

namespace Portal.Core;

public static class PortalServiceCollectionExtensions
{
    /// <summary>The framework's services and every module's, all in the one root container.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration,
        IEnumerable<IModuleStartup> modules)
    {
        var all = new List<IModuleStartup> { new CoreModule() };
        all.AddRange(modules);
        var catalogue = new ModuleCatalogue(all);
        services.AddSingleton(catalogue);
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection("Portal"));
        if (string.Equals(configuration["Portal:DatabaseProvider"], "Postgres", StringComparison.OrdinalIgnoreCase))
            AddProvider<PostgresDataProvider, PostgresStoreCopy>(services);
        else
            AddProvider<SqliteDataProvider, SqliteStoreCopy>(services);
        services.AddSingleton<ITenantAccessor, TenantAccessor>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantMigrator>();
        services.AddSingleton<TenantActivations>();
        services.AddSingleton<ActiveTenantLimit>();
        services.AddSingleton<TenantHost>();
        services.AddSingleton<Outbox.OutboxDispatcher>();
        services.AddHostedService<Outbox.OutboxWorker>();
        services.AddSingleton<ReservedPrefixes>();
        services.AddSingleton<RecipeCatalogue>();
        services.AddSingleton<RecipeRunner>();
        services.AddSingleton<TenantAdministration>();
        services.AddSingleton<Menu>();
        services.AddSingleton<Diagnostics.TenantDiagnostics>();
        services.AddSingleton<TenantBackup>();
        services.AddSingleton<CliTenants>();
        services.AddSingleton<ICliCommand, BackupCommand>();
        services.AddSingleton<ICliCommand, RestoreCommand>();
        services.AddHostedService<BackupLeftoverSweep>();
        services.AddHostedService<TenantIdleReleaser>();
        foreach (var module in all)
            module.ConfigureServices(services, configuration);
        return services;
    }

    private static void AddProvider<TProvider, TCopy>(IServiceCollection services)
        where TProvider : class, IDataProvider
        where TCopy : class, ITenantStoreCopy
    {
        services.AddSingleton<TProvider>();
        services.AddSingleton<IDataProvider>(s => s.GetRequiredService<TProvider>());
        services.AddSingleton<ITenantStoreCopy, TCopy>();
    }
}
