using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

public static class TenantDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext. It lives in the current tenant's store, its tables are created
    /// by its own migrations when its feature is enabled, and its history table is its own.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string featureId,
        Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        var model = new TenantDataModel(typeof(TContext), featureId, "__Migrations_" + typeof(TContext).Name,
            options => create((DbContextOptions<TContext>)options));
        services.AddSingleton(model);
        services.TryAddScoped<TenantUnitOfWork>();
        services.TryAddScoped<ITenantUnitOfWork>(sp => sp.GetRequiredService<TenantUnitOfWork>());
        services.AddScoped(sp =>
        {
            var tenant = sp.GetRequiredService<ITenantAccessor>().Required;
            if (!tenant.HasFeature(featureId))
                throw new InvalidOperationException($"Feature '{featureId}' is not enabled in tenant '{tenant.Name}'.");
            var context = create((DbContextOptions<TContext>)TenantDbOptions.For(model, tenant, sp.GetRequiredService<IDataProvider>()));
            return sp.GetRequiredService<TenantUnitOfWork>().Enlist(context);
        });
        return services;
    }
}
