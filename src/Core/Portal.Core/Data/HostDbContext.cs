using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>The host's own data: the tenant settings rows. Tenants' data never lives here.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<TenantRecord>();
        tenant.ToTable("Tenants");
        tenant.HasKey(t => t.Name);
        tenant.Property(t => t.Name).HasMaxLength(63);
        tenant.Property(t => t.DisplayName).HasMaxLength(300);
        tenant.Property(t => t.AgencyCode).HasMaxLength(13);
        tenant.Property(t => t.ParentAgency).HasMaxLength(300);
        tenant.Ignore(t => t.FeatureSet);
        tenant.Ignore(t => t.IsDefault);
        tenant.HasIndex(t => t.AgencyCode);
    }
}
