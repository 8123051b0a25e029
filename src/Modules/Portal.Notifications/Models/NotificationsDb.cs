using Microsoft.EntityFrameworkCore;

namespace Portal.Notifications.Models;

public sealed class NotificationsDb(DbContextOptions<NotificationsDb> options) : DbContext(options)
{
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<MutedKind> Muted => Set<MutedKind>();
    public DbSet<DigestVisit> DigestVisits => Set<DigestVisit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var n = modelBuilder.Entity<Notification>();
        n.ToTable("Notifications");
        n.Property(x => x.UserId).HasMaxLength(100);
        n.Property(x => x.Kind).HasMaxLength(50);
        n.Property(x => x.ResourceKind).HasMaxLength(50);
        n.Property(x => x.ResourceId).HasMaxLength(100);
        n.Property(x => x.SourceKey).HasMaxLength(200);
        n.Property(x => x.Detail).HasMaxLength(300);
        n.HasIndex(x => new { x.UserId, x.SourceKey }).IsUnique();
        n.HasIndex(x => new { x.UserId, x.Id });
        n.HasIndex(x => new { x.MailPending, x.SourceKey });
        var m = modelBuilder.Entity<MutedKind>();
        m.ToTable("NotificationsMuted");
        m.Property(x => x.UserId).HasMaxLength(100);
        m.Property(x => x.Kind).HasMaxLength(50);
        m.HasKey(x => new { x.UserId, x.Kind });
        var v = modelBuilder.Entity<DigestVisit>();
        v.ToTable("NotificationsDigestVisits");
        v.Property(x => x.UserId).HasMaxLength(100);
        v.HasKey(x => x.UserId);
    }
}
