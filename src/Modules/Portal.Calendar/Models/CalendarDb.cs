using Microsoft.EntityFrameworkCore;

namespace Portal.Calendar.Models;

/// <summary>The calendar's tables. Only the central office's store holds rows: other agencies read them through <see cref="Services.CentralDaysOff"/>.</summary>
public sealed class CalendarDb(DbContextOptions<CalendarDb> options) : DbContext(options)
{
    public DbSet<CentralDayOff> DaysOff => Set<CentralDayOff>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var day = modelBuilder.Entity<CentralDayOff>();
        day.ToTable("CalendarDaysOff");
        day.Property(d => d.Name).HasMaxLength(200);
        day.Property(d => d.AddedBy).HasMaxLength(200);
        day.HasIndex(d => d.Date).IsUnique();
    }
}
