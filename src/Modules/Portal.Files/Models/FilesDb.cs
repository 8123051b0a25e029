using Microsoft.EntityFrameworkCore;

namespace Portal.Files.Models;

public sealed class FilesDb(DbContextOptions<FilesDb> options) : DbContext(options)
{
    public DbSet<VaultFile> Files => Set<VaultFile>();

    public DbSet<VaultKey> Keys => Set<VaultKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var file = modelBuilder.Entity<VaultFile>();
        file.ToTable("VaultFiles");
        file.Property(f => f.Id).ValueGeneratedNever();
        file.Property(f => f.FileName).HasMaxLength(255);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.Sha256).HasMaxLength(64);
        // Two writers may re-wrap one file's key at once (see KeyRewrapSave): the later must notice.
        file.Property(f => f.WrappedKey).IsConcurrencyToken();
        var key = modelBuilder.Entity<VaultKey>();
        key.ToTable("VaultKeys");
        key.HasKey(k => k.Version);
        key.Property(k => k.Version).ValueGeneratedNever();
        key.Property(k => k.MasterKeyId).HasMaxLength(32);
    }
}
