using Microsoft.EntityFrameworkCore;

namespace Portal.Ocr.Models;

public sealed class OcrDb(DbContextOptions<OcrDb> options) : DbContext(options)
{
    public DbSet<OcrJob> Jobs => Set<OcrJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var job = modelBuilder.Entity<OcrJob>();
        job.ToTable("OcrJobs");
        job.Property(j => j.Id).ValueGeneratedNever();
        job.Property(j => j.UserId).HasMaxLength(100);
        job.Property(j => j.UserName).HasMaxLength(200);
        job.Property(j => j.FileName).HasMaxLength(260);
        job.Property(j => j.LeaseOwner).HasMaxLength(100);
        job.Property(j => j.Error).HasMaxLength(1000);
        job.Property(j => j.DocumentKind).HasMaxLength(50);
        job.Property(j => j.DocumentId).HasMaxLength(100);
        job.HasIndex(j => new { j.State, j.CreatedUtc });
        job.HasIndex(j => new { j.UserId, j.CreatedUtc });
        job.HasIndex(j => new { j.DocumentKind, j.DocumentId });
    }
}
