using Microsoft.EntityFrameworkCore;

namespace Portal.Search.Models;

public sealed class SearchDb(DbContextOptions<SearchDb> options) : DbContext(options)
{
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var saved = modelBuilder.Entity<SavedSearch>();
        saved.ToTable("SavedSearches");
        saved.HasKey(s => s.Id);
        saved.Property(s => s.UserId).HasMaxLength(100);
        saved.Property(s => s.Name).HasMaxLength(200);
        saved.Property(s => s.Query).HasMaxLength(2000);
        saved.HasIndex(s => s.UserId);
    }
}
