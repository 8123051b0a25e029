using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Data;

/// <summary>
/// Carries a tenant's schema on its DbContext options. It deliberately does not take part in EF's
/// service-provider key: every tenant shares one model and one internal service provider.
/// </summary>
internal sealed class TenantSchemaExtension(string schema) : IDbContextOptionsExtension
{
    public string Schema { get; } = schema;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(TenantSchemaExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "TenantSchema=" + ((TenantSchemaExtension)Extension).Schema + " ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
