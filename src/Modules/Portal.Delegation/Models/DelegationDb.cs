using Microsoft.EntityFrameworkCore;

namespace Portal.Delegation.Models;

/// <summary>The delegation module's table: absences and their deputies.</summary>
public sealed class DelegationDb(DbContextOptions<DelegationDb> options) : DbContext(options)
{
    public DbSet<Absence> Absences => Set<Absence>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var absence = modelBuilder.Entity<Absence>();
        absence.ToTable("Absences");
        absence.Property(a => a.LeaderUserId).HasMaxLength(100);
        absence.Property(a => a.LeaderName).HasMaxLength(200);
        absence.Property(a => a.LeaderTitle).HasMaxLength(200);
        absence.Property(a => a.DeputyUserId).HasMaxLength(100);
        absence.Property(a => a.DeputyUserName).HasMaxLength(100);
        absence.Property(a => a.DeputyName).HasMaxLength(200);
        absence.Property(a => a.DeputyTitle).HasMaxLength(200);
        absence.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        absence.Property(a => a.Scope).HasMaxLength(500);
        absence.Property(a => a.Reference).HasMaxLength(200);
        absence.HasIndex(a => new { a.LeaderUserId, a.ToDate });
    }
}
