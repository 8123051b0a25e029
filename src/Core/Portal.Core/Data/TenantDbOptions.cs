using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>Builds a module DbContext's options for a tenant once, and keeps them on the tenant until it is released.</summary>
public static class TenantDbOptions
{
    public static DbContextOptions For(TenantDataModel model, TenantContext tenant, IDataProvider provider) =>
        tenant.GetOrAdd(model.ContextType, () =>
        {
            var builder = (DbContextOptionsBuilder)Activator.CreateInstance(
                typeof(DbContextOptionsBuilder<>).MakeGenericType(model.ContextType))!;
            provider.ConfigureTenant(builder, tenant, model.MigrationsHistoryTable);
            // Migrations are written by hand, provider-neutral, without model snapshots.
            builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
            return builder.Options;
        });
}
