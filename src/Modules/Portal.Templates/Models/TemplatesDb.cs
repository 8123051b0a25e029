using Microsoft.EntityFrameworkCore;

namespace Portal.Templates.Models;

public sealed class TemplatesDb(DbContextOptions<TemplatesDb> options) : DbContext(options)
{
    public DbSet<DocumentTemplate> Templates => Set<DocumentTemplate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var template = modelBuilder.Entity<DocumentTemplate>();
        template.ToTable("DocumentTemplates");
        template.HasKey(t => t.TypeCode);
        template.Property(t => t.TypeCode).HasMaxLength(50);
        template.Property(t => t.Source).HasMaxLength(TemplateRules.MaxSourceChars);
        template.Property(t => t.UpdatedBy).HasMaxLength(100);
    }
}
