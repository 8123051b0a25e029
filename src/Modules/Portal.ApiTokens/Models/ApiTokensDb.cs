using Microsoft.EntityFrameworkCore;

namespace Portal.ApiTokens.Models;

public sealed class ApiTokensDb(DbContextOptions<ApiTokensDb> options) : DbContext(options)
{
    public DbSet<ApiToken> Tokens => Set<ApiToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var token = modelBuilder.Entity<ApiToken>();
        token.ToTable("ApiTokens");
        token.Property(t => t.UserId).HasMaxLength(100);
        token.Property(t => t.Name).HasMaxLength(100);
        token.Property(t => t.Scopes).HasMaxLength(200);
        token.Property(t => t.SecretHash).HasMaxLength(64);
        token.Property(t => t.Prefix).HasMaxLength(16);
        token.Property(t => t.SecurityStamp).HasMaxLength(256);
        token.Ignore(t => t.ScopeList);
        token.HasIndex(t => t.SecretHash).IsUnique();
        token.HasIndex(t => t.UserId);
    }
}
