using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Settings;

/// <summary>A tenant's own settings (key → value), in the tenant's store.</summary>
public sealed class SettingsDbContext(DbContextOptions<SettingsDbContext> options) : DbContext(options)
{
    public DbSet<SettingRecord> Settings => Set<SettingRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var setting = modelBuilder.Entity<SettingRecord>();
        setting.ToTable("Settings");
        setting.HasKey(s => s.Key);
        setting.Property(s => s.Key).HasMaxLength(200);
    }
}
