using Microsoft.EntityFrameworkCore;

namespace Portal.Secrets.Models;

public sealed class SecretsDb(DbContextOptions<SecretsDb> options) : DbContext(options)
{
    public DbSet<SecretEntry> Entries => Set<SecretEntry>();
    public DbSet<SecretDecision> Decisions => Set<SecretDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<SecretEntry>();
        entry.ToTable("SecretRegister");
        entry.Property(e => e.DocumentKind).HasMaxLength(20);
        entry.Property(e => e.NumberSymbol).HasMaxLength(100);
        // A decision and the sweep may meet on one entry: the second to write is refused and tries again.
        entry.Property(e => e.Status).IsConcurrencyToken();
        entry.Property(e => e.Level).IsConcurrencyToken();
        var decision = modelBuilder.Entity<SecretDecision>();
        decision.ToTable("SecretDecisions");
        decision.Property(d => d.Action).HasMaxLength(40);
        decision.Property(d => d.Reason).HasMaxLength(1000);
        decision.Property(d => d.DecisionNumber).HasMaxLength(100);
        decision.Property(d => d.DeciderId).HasMaxLength(100);
        decision.Property(d => d.DeciderName).HasMaxLength(200);
    }
}
