using Microsoft.EntityFrameworkCore;

namespace Portal.Access.Models;

public sealed class AccessDb(DbContextOptions<AccessDb> options) : DbContext(options)
{
    public DbSet<AccessEntry> Entries => Set<AccessEntry>();

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
    }
}
