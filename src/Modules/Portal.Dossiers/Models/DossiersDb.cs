using Microsoft.EntityFrameworkCore;

namespace Portal.Dossiers.Models;

public sealed class DossiersDb(DbContextOptions<DossiersDb> options) : DbContext(options)
{
    public DbSet<CatalogueEntry> Catalogue => Set<CatalogueEntry>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierItem> Items => Set<DossierItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<CatalogueEntry>();
        entry.ToTable("DossierCatalogue");
        entry.Property(e => e.UnitCode).HasMaxLength(20);
        entry.Property(e => e.Code).HasMaxLength(20);
        entry.Property(e => e.Title).HasMaxLength(500);
        entry.Property(e => e.ResponsibleUserId).HasMaxLength(100);
        entry.Property(e => e.ResponsibleName).HasMaxLength(200);
        entry.Property(e => e.Notes).HasMaxLength(500);
        entry.Property(e => e.Origin).HasMaxLength(200);
        entry.HasIndex(e => e.Origin).IsUnique();
        var dossier = modelBuilder.Entity<Dossier>();
        dossier.ToTable("Dossiers");
        dossier.Property(d => d.Status).IsConcurrencyToken();
        dossier.Property(d => d.UnitCode).HasMaxLength(20);
        dossier.Property(d => d.Code).HasMaxLength(20);
        dossier.Property(d => d.Title).HasMaxLength(500);
        dossier.Property(d => d.ResponsibleUserId).HasMaxLength(100);
        dossier.Property(d => d.ResponsibleName).HasMaxLength(200);
        dossier.Property(d => d.OpenedBy).HasMaxLength(100);
        dossier.Property(d => d.HandedOverBy).HasMaxLength(200);
        dossier.Property(d => d.ArchivistUserId).HasMaxLength(100);
        dossier.Property(d => d.ArchivistName).HasMaxLength(200);
        var item = modelBuilder.Entity<DossierItem>();
        item.ToTable("DossierItems");
        item.Property(i => i.DocumentKind).HasMaxLength(20);
        item.Property(i => i.AddedBy).HasMaxLength(100);
    }
}
