using Microsoft.EntityFrameworkCore;

namespace Portal.Registers.Models;

public sealed class RegistersDb(DbContextOptions<RegistersDb> options) : DbContext(options)
{
    public DbSet<RegistrationBook> Books => Set<RegistrationBook>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var book = modelBuilder.Entity<RegistrationBook>();
        book.ToTable("RegistrationBooks");
        book.Property(b => b.Code).HasMaxLength(50);
        book.Property(b => b.Name).HasMaxLength(300);
        book.HasIndex(b => b.Code).IsUnique();
    }
}
