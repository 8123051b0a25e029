using Microsoft.EntityFrameworkCore;

namespace Portal.Incoming.Models;

public sealed class IncomingDb(DbContextOptions<IncomingDb> options) : DbContext(options)
{
    public DbSet<IncomingDocument> Documents => Set<IncomingDocument>();
    public DbSet<IncomingParticipant> Participants => Set<IncomingParticipant>();
    public DbSet<IncomingEvent> Events => Set<IncomingEvent>();
    public DbSet<IncomingHandOver> HandOvers => Set<IncomingHandOver>();
    public DbSet<IncomingAttachment> Attachments => Set<IncomingAttachment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var document = modelBuilder.Entity<IncomingDocument>();
        document.ToTable("IncomingDocuments");
        document.Property(d => d.BookCode).HasMaxLength(50);
        document.Property(d => d.Sender).HasMaxLength(300);
        document.Property(d => d.NumberSymbol).HasMaxLength(100);
        document.Property(d => d.DocumentType).HasMaxLength(100);
        document.Property(d => d.Subject).HasMaxLength(2000);
        document.Property(d => d.Dossier).HasMaxLength(100);
        document.Property(d => d.Notes).HasMaxLength(1000);
        document.Property(d => d.AddresseeUserId).HasMaxLength(100);
        document.Property(d => d.AddresseeName).HasMaxLength(200);
        document.Property(d => d.DuplicateKey).HasMaxLength(450);
        document.Property(d => d.DuplicateReason).HasMaxLength(1000);
        document.Property(d => d.RegisteredBy).HasMaxLength(100);
        document.Property(d => d.RegisteredByName).HasMaxLength(200);
        document.Property(d => d.LeaderUserId).HasMaxLength(100);
        document.Property(d => d.LeaderName).HasMaxLength(200);
        document.Property(d => d.LeaderActingFor).HasMaxLength(1000);
        document.Property(d => d.Direction).HasMaxLength(2000);
        document.Property(d => d.LeadUserId).HasMaxLength(100);
        document.Property(d => d.LeadName).HasMaxLength(200);
        document.Property(d => d.LeadActingFor).HasMaxLength(1000);
        document.Property(d => d.Result).HasMaxLength(2000);
        document.Property(d => d.CancelReason).HasMaxLength(1000);
        document.HasIndex(d => new { d.BookId, d.Year, d.ArrivalNumber }).IsUnique();
        document.HasIndex(d => d.DuplicateKey);
        document.HasIndex(d => d.ArrivedUtc);
        document.Property(d => d.Origin).HasMaxLength(200);
        document.HasIndex(d => d.Origin).IsUnique();

        var participant = modelBuilder.Entity<IncomingParticipant>();
        participant.ToTable("IncomingParticipants");
        participant.Property(p => p.UserId).HasMaxLength(100);
        participant.HasIndex(p => new { p.DocumentId, p.UserId, p.Role }).IsUnique();
        participant.HasIndex(p => new { p.UserId, p.DocumentId });

        var step = modelBuilder.Entity<IncomingEvent>();
        step.ToTable("IncomingEvents");
        step.Property(e => e.UserId).HasMaxLength(100);
        step.Property(e => e.UserName).HasMaxLength(200);
        step.Property(e => e.Action).HasMaxLength(50);
        step.Property(e => e.Note).HasMaxLength(2000);
        step.HasIndex(e => e.DocumentId);

        var handOver = modelBuilder.Entity<IncomingHandOver>();
        handOver.ToTable("IncomingHandOvers");
        handOver.Property(h => h.BookCode).HasMaxLength(50);
        handOver.Property(h => h.HandedOverBy).HasMaxLength(200);
        handOver.Property(h => h.Recipient).HasMaxLength(300);
        handOver.Property(h => h.Notes).HasMaxLength(1000);
        handOver.HasIndex(h => new { h.BookId, h.Year, h.Number }).IsUnique();
        handOver.HasIndex(h => h.DocumentId);

        var attachment = modelBuilder.Entity<IncomingAttachment>();
        attachment.ToTable("IncomingAttachments");
        attachment.Property(a => a.FileName).HasMaxLength(260);
        attachment.Property(a => a.AddedBy).HasMaxLength(200);
        attachment.Property(a => a.ThumbnailNote).HasMaxLength(500);
        attachment.HasIndex(a => a.FileId).IsUnique();
        attachment.HasIndex(a => a.DocumentId);
    }
}
