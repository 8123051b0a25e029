using Microsoft.EntityFrameworkCore;

namespace Portal.Exchange.Models;

public sealed class ExchangeDb(DbContextOptions<ExchangeDb> options) : DbContext(options)
{
    public DbSet<ExchangeKeyRecord> Keys => Set<ExchangeKeyRecord>();
    public DbSet<DirectoryEntry> Directory => Set<DirectoryEntry>();
    public DbSet<Sending> Sendings => Set<Sending>();
    public DbSet<SendingStatus> Statuses => Set<SendingStatus>();
    public DbSet<Arrival> Arrivals => Set<Arrival>();
    public DbSet<DocumentRecall> Recalls => Set<DocumentRecall>();
    public DbSet<DecisionNotice> DecisionNotices => Set<DecisionNotice>();
    public DbSet<ReceivedDecision> ReceivedDecisions => Set<ReceivedDecision>();
    public DbSet<FormerKey> FormerKeys => Set<FormerKey>();
    public DbSet<HeldEnvelope> HeldEnvelopes => Set<HeldEnvelope>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var key = modelBuilder.Entity<ExchangeKeyRecord>();
        key.ToTable("ExchangeKeys");
        key.HasKey(k => k.Purpose);
        key.Property(k => k.Purpose).HasMaxLength(20);
        var entry = modelBuilder.Entity<DirectoryEntry>();
        entry.ToTable("ExchangeDirectory");
        entry.HasKey(e => e.AgencyCode);
        entry.Property(e => e.AgencyCode).HasMaxLength(50);
        entry.Property(e => e.TenantName).HasMaxLength(63);
        entry.Property(e => e.DisplayName).HasMaxLength(300);
        entry.Property(e => e.ParentCode).HasMaxLength(50);
        entry.Property(e => e.NodeUrl).HasMaxLength(300);
        entry.Property(e => e.MergedInto).HasMaxLength(50);
        var former = modelBuilder.Entity<FormerKey>();
        former.ToTable("ExchangeFormerKeys");
        former.HasKey(k => k.AgencyCode);
        former.Property(k => k.AgencyCode).HasMaxLength(50);
        former.Property(k => k.FromTenant).HasMaxLength(63);
        var held = modelBuilder.Entity<HeldEnvelope>();
        held.ToTable("ExchangeHeldEnvelopes");
        held.HasKey(h => h.EnvelopeId);
        held.Property(h => h.FormerCode).HasMaxLength(50);
        held.Property(h => h.HeldBy).HasMaxLength(50);
        var sending = modelBuilder.Entity<Sending>();
        sending.ToTable("ExchangeSendings");
        sending.HasKey(s => s.EnvelopeId);
        sending.Property(s => s.RecipientCode).HasMaxLength(50);
        sending.Property(s => s.RecipientName).HasMaxLength(300);
        sending.Property(s => s.Envelope).HasMaxLength(16_000);
        sending.Property(s => s.LastError).HasMaxLength(1000);
        var status = modelBuilder.Entity<SendingStatus>();
        status.ToTable("ExchangeStatuses");
        status.Property(s => s.Code).HasMaxLength(2);
        status.Property(s => s.Note).HasMaxLength(2000);
        var arrival = modelBuilder.Entity<Arrival>();
        arrival.ToTable("ExchangeArrivals");
        arrival.HasKey(a => new { a.SenderCode, a.EnvelopeId });
        arrival.Property(a => a.SenderCode).HasMaxLength(50);
        arrival.Property(a => a.SenderName).HasMaxLength(300);
        arrival.Property(a => a.Envelope).HasMaxLength(16_000);
        arrival.Property(a => a.Note).HasMaxLength(2000);
        arrival.HasIndex(a => a.IncomingDocumentId);
        var recall = modelBuilder.Entity<DocumentRecall>();
        recall.ToTable("ExchangeRecalls");
        recall.HasKey(r => r.DocumentId);
        recall.Property(r => r.DocumentId).ValueGeneratedNever();
        recall.Property(r => r.Reason).HasMaxLength(2000);
        recall.Property(r => r.ByName).HasMaxLength(200);
        var notice = modelBuilder.Entity<DecisionNotice>();
        notice.ToTable("ExchangeDecisionNotices");
        notice.Property(n => n.Action).HasMaxLength(40);
        notice.Property(n => n.DecisionNumber).HasMaxLength(100);
        notice.Property(n => n.Reason).HasMaxLength(1000);
        notice.Property(n => n.LastError).HasMaxLength(1000);
        notice.HasIndex(n => n.DocumentId);
        var received = modelBuilder.Entity<ReceivedDecision>();
        received.ToTable("ExchangeReceivedDecisions");
        received.HasKey(r => new { r.SenderCode, r.NoticeId });
        received.Property(r => r.SenderCode).HasMaxLength(50);
        received.Property(r => r.Message).HasMaxLength(8000);
        received.HasIndex(r => new { r.SenderCode, r.EnvelopeId }).HasDatabaseName("IX_ExchangeReceivedDecisions_Envelope");
        // A clerk's refusal and another's at the same moment: the second finds the state changed.
        arrival.Property(a => a.State).IsConcurrencyToken();
    }
}
