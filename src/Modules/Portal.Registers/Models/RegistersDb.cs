using Microsoft.EntityFrameworkCore;

namespace Portal.Registers.Models;

public sealed class RegistersDb(DbContextOptions<RegistersDb> options) : DbContext(options)
{
    public DbSet<RegistrationBook> Books => Set<RegistrationBook>();

    public DbSet<RegisterCounter> Counters => Set<RegisterCounter>();

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
    }
}
