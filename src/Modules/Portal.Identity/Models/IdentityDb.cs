using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Portal.Identity.Models;

/// <summary>The Identity module's tables in the tenant's store: users, roles, units.</summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options)
    : IdentityDbContext<PortalUser, IdentityRole, string>(options)
{
    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(200);
            user.Property(u => u.Position).HasMaxLength(200);
            user.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<OrganisationUnit>(unit =>
        {
            unit.ToTable("Units");
            unit.Property(u => u.Code).HasMaxLength(50);
            unit.Property(u => u.Name).HasMaxLength(300);
            unit.HasIndex(u => u.Code).IsUnique();
            unit.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
