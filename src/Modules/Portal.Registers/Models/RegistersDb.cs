using Microsoft.EntityFrameworkCore;

namespace Portal.Registers.Models;

public sealed class RegistersDb(DbContextOptions<RegistersDb> options) : DbContext(options)
{
    public DbSet<RegistrationBook> Books => Set<RegistrationBook>();

    public DbSet<RegisterCounter> Counters => Set<RegisterCounter>();

    public DbSet<CopyRecord> Copies => Set<CopyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var book = modelBuilder.Entity<RegistrationBook>();
        book.ToTable("RegistrationBooks");
        book.Property(b => b.Code).HasMaxLength(50);
        book.Property(b => b.Name).HasMaxLength(300);
        book.Property(b => b.Columns).HasMaxLength(500);
        book.HasIndex(b => b.Code).IsUnique();

        var counter = modelBuilder.Entity<RegisterCounter>();
        counter.ToTable("RegisterCounters");
        counter.HasKey(c => new { c.BookId, c.Year });
        counter.HasOne<RegistrationBook>().WithMany().HasForeignKey(c => c.BookId);

        var copy = modelBuilder.Entity<CopyRecord>();
        copy.ToTable("CopyLog");
        copy.Property(c => c.DocumentKind).HasMaxLength(50);
        copy.Property(c => c.Document).HasMaxLength(500);
        copy.Property(c => c.Form).HasMaxLength(100);
        copy.Property(c => c.UserId).HasMaxLength(100);
        copy.Property(c => c.UserName).HasMaxLength(200);
        copy.HasIndex(c => new { c.DocumentKind, c.DocumentId });
        copy.HasIndex(c => c.AtUtc);
        copy.Property(c => c.Origin).HasMaxLength(200);
        copy.HasIndex(c => c.Origin).IsUnique();
    }
}
