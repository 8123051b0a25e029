using Microsoft.EntityFrameworkCore;

namespace Portal.Reorganisation.Models;

/// <summary>The central office's reorganisations and their steps' progress.</summary>
public sealed class ReorganisationDb(DbContextOptions<ReorganisationDb> options) : DbContext(options)
{
    public DbSet<ReorganisationRecord> Reorganisations => Set<ReorganisationRecord>();
    public DbSet<ReorganisationStep> Steps => Set<ReorganisationStep>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var record = modelBuilder.Entity<ReorganisationRecord>();
        record.ToTable("Reorganisations");
        record.Property(r => r.Sources).HasMaxLength(1000);
        record.Property(r => r.Target).HasMaxLength(63);
        record.Property(r => r.Targets).HasMaxLength(1000);
        record.Property(r => r.LeaseHolder).HasMaxLength(200);
        record.Property(r => r.PlannedBy).HasMaxLength(200);
        record.Property(r => r.ApprovedBy).HasMaxLength(200);
        record.Property(r => r.Error).HasMaxLength(2000);
        record.Ignore(r => r.SourceNames);
        record.Ignore(r => r.TargetNames);
        record.HasIndex(r => r.State);

        var step = modelBuilder.Entity<ReorganisationStep>();
        step.ToTable("ReorganisationSteps");
        step.Property(s => s.Source).HasMaxLength(63);
        step.Property(s => s.Kind).HasMaxLength(50);
        step.Property(s => s.Target).HasMaxLength(63);
        step.Property(s => s.Cursor).HasMaxLength(200);
        step.HasIndex(s => new { s.ReorganisationId, s.SourceIndex, s.TargetIndex, s.Kind }).IsUnique();
    }
}
