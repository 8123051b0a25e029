using Microsoft.EntityFrameworkCore;

namespace Portal.Departure.Models;

/// <summary>The departure module's table: the signed undertakings.</summary>
public sealed class DepartureDb(DbContextOptions<DepartureDb> options) : DbContext(options)
{
    public DbSet<Undertaking> Undertakings => Set<Undertaking>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var undertaking = modelBuilder.Entity<Undertaking>();
        undertaking.ToTable("Undertakings");
        undertaking.Property(u => u.UserId).HasMaxLength(100);
        undertaking.Property(u => u.UserName).HasMaxLength(100);
        undertaking.Property(u => u.FullName).HasMaxLength(200);
        undertaking.Property(u => u.Position).HasMaxLength(200);
        undertaking.Property(u => u.TextVersion).HasMaxLength(50);
        undertaking.HasIndex(u => u.UserId);
    }
}
