using Microsoft.EntityFrameworkCore;

namespace Portal.Oversight.Models;

/// <summary>The central office's oversight table: each tenant's latest figures.</summary>
public sealed class OversightDb(DbContextOptions<OversightDb> options) : DbContext(options)
{
    public DbSet<PublishedFigures> Figures => Set<PublishedFigures>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var figures = modelBuilder.Entity<PublishedFigures>();
        figures.ToTable("OversightFigures");
        figures.HasKey(f => f.TenantName);
        figures.Property(f => f.TenantName).HasMaxLength(63);
    }
}
