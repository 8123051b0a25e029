using Microsoft.EntityFrameworkCore;

namespace Portal.Identity.Certificates;

/// <summary>Certificate sign-in's table in the tenant's store: the agency's trusted CAs and their revocation lists.</summary>
public sealed class CertificatesDb(DbContextOptions<CertificatesDb> options) : DbContext(options)
{
    public DbSet<TrustedAuthority> Authorities => Set<TrustedAuthority>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<TrustedAuthority>(ca =>
        {
            ca.ToTable("TrustedAuthorities");
            ca.Property(a => a.Subject).HasMaxLength(1000);
            ca.Property(a => a.Thumbprint).HasMaxLength(64);
            ca.Property(a => a.CrlNumber).HasMaxLength(100);
            ca.HasIndex(a => a.Thumbprint).IsUnique();
        });
    }
}
