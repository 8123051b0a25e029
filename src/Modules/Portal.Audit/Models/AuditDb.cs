using Microsoft.EntityFrameworkCore;

namespace Portal.Audit.Models;

public sealed class AuditDb(DbContextOptions<AuditDb> options) : DbContext(options)
{
    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<AuditEntry>();
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Position);
        entry.Property(e => e.Position).ValueGeneratedNever();
        entry.Property(e => e.Action).HasMaxLength(100);
        entry.Property(e => e.UserId).HasMaxLength(100);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.TargetKind).HasMaxLength(50);
        entry.Property(e => e.TargetId).HasMaxLength(100);
        entry.Property(e => e.RemoteAddress).HasMaxLength(64);
        entry.Property(e => e.PreviousMac).HasMaxLength(64);
        entry.Property(e => e.Mac).HasMaxLength(64);
        entry.HasIndex(e => e.TimestampUtc);
        entry.HasIndex(e => new { e.TargetKind, e.TargetId });
    }
}
