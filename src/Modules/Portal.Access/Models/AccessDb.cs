using Microsoft.EntityFrameworkCore;

namespace Portal.Access.Models;

public sealed class AccessDb(DbContextOptions<AccessDb> options) : DbContext(options)
{
    public DbSet<AccessEntry> Entries => Set<AccessEntry>();
    public DbSet<AccessAlert> Alerts => Set<AccessAlert>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<AccessEntry>();
        entry.ToTable("AccessEntries");
        entry.Property(e => e.ResourceKind).HasMaxLength(50);
        entry.Property(e => e.ResourceId).HasMaxLength(100);
        entry.Property(e => e.UserId).HasMaxLength(100);
        entry.Property(e => e.Reason).HasMaxLength(1000);
        entry.Property(e => e.GrantedBy).HasMaxLength(100);
        entry.HasIndex(e => new { e.ResourceKind, e.ResourceId, e.UserId, e.Position }).IsUnique();
        var alert = modelBuilder.Entity<AccessAlert>();
        alert.ToTable("AccessAlerts");
        alert.Property(a => a.UserId).HasMaxLength(100);
        alert.Property(a => a.ResourceKind).HasMaxLength(50);
        alert.Property(a => a.ResourceId).HasMaxLength(100);
        alert.Property(a => a.Message).HasMaxLength(1000);
        alert.HasIndex(a => new { a.UserId, a.ReadUtc });
    }
}
