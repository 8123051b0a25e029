using Microsoft.EntityFrameworkCore;

namespace Portal.Outgoing.Models;

public sealed class OutgoingDb(DbContextOptions<OutgoingDb> options) : DbContext(options)
{
    public DbSet<OutgoingDocument> Documents => Set<OutgoingDocument>();
    public DbSet<OutgoingVersion> Versions => Set<OutgoingVersion>();
    public DbSet<OutgoingEvent> Events => Set<OutgoingEvent>();
    public DbSet<SigningKeyRecord> Keys => Set<SigningKeyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var document = modelBuilder.Entity<OutgoingDocument>();
        document.ToTable("OutgoingDocuments");
        // Two people acting on the same step at once: the second write finds the status changed and fails.
        document.Property(d => d.Status).IsConcurrencyToken();
        document.Property(d => d.TypeCode).HasMaxLength(50);
        document.Property(d => d.Subject).HasMaxLength(1000);
        document.Property(d => d.Urgency).HasMaxLength(50);
        document.Property(d => d.Recipients).HasMaxLength(4000);
        document.Property(d => d.DrafterId).HasMaxLength(100);
        document.Property(d => d.ReviewerId).HasMaxLength(100);
        document.Property(d => d.ClerkId).HasMaxLength(100);
        document.Property(d => d.SignerId).HasMaxLength(100);
        document.Property(d => d.SignerName).HasMaxLength(200);
        document.Property(d => d.SignerTitle).HasMaxLength(200);
        document.Property(d => d.Authority).HasMaxLength(200);
        document.Property(d => d.ActingFor).HasMaxLength(1000);
        document.Property(d => d.Place).HasMaxLength(100);
        document.Property(d => d.Symbol).HasMaxLength(40);
        document.Property(d => d.BookCode).HasMaxLength(50);
        document.Property(d => d.NumberSymbol).HasMaxLength(100);
        document.Property(d => d.Origin).HasMaxLength(200);
        document.HasIndex(d => d.Origin).IsUnique();
        var version = modelBuilder.Entity<OutgoingVersion>();
        version.ToTable("OutgoingVersions");
        version.Property(v => v.Subject).HasMaxLength(1000);
        version.Property(v => v.Body).HasMaxLength(100_000);
        version.Property(v => v.UserId).HasMaxLength(100);
        var step = modelBuilder.Entity<OutgoingEvent>();
        step.ToTable("OutgoingEvents");
        step.Property(e => e.UserId).HasMaxLength(100);
        step.Property(e => e.UserName).HasMaxLength(200);
        step.Property(e => e.Action).HasMaxLength(100);
        step.Property(e => e.Note).HasMaxLength(2000);
        var key = modelBuilder.Entity<SigningKeyRecord>();
        key.ToTable("OutgoingSigningKeys");
        key.HasKey(k => k.Owner);
        key.Property(k => k.Owner).HasMaxLength(100);
    }
}
