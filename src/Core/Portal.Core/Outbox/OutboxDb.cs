using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Outbox;

/// <summary>The tenant's outbox table, part of the framework's own feature.</summary>
public sealed class OutboxDb(DbContextOptions<OutboxDb> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Messages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var message = modelBuilder.Entity<OutboxMessage>();
        message.ToTable("OutboxMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Topic).HasMaxLength(100);
        message.Property(m => m.Payload).HasMaxLength(OutboxLimits.PayloadLength);
        message.Property(m => m.LastError).HasMaxLength(OutboxLimits.ErrorLength);
        message.HasIndex(m => new { m.FailedUtc, m.NextAttemptUtc, m.Id });
    }
}
