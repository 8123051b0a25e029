using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Tenancy;

/// <summary>Reads and writes tenant settings rows in the host database.</summary>
public sealed class TenantStore(IDataProvider provider)
{
    private DbContextOptions<HostDbContext>? _options;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = Open();
        await db.Database.MigrateAsync(cancellationToken);
    }

    public async Task<TenantRecord?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = Open();
        return await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
    }

    public async Task<IReadOnlyList<TenantRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = Open();
        return await db.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = Open();
        return await db.Tenants.CountAsync(cancellationToken);
    }

    public async Task AddAsync(TenantRecord record, CancellationToken cancellationToken)
    {
        await using var db = Open();
        db.Tenants.Add(record);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UpdateAsync(TenantRecord record, CancellationToken cancellationToken)
    {
        await using var db = Open();
        db.Tenants.Update(record);
        await db.SaveChangesAsync(cancellationToken);
    }

    private HostDbContext Open()
    {
        _options ??= Build();
        return new HostDbContext(_options);
    }

    private DbContextOptions<HostDbContext> Build()
    {
        var builder = new DbContextOptionsBuilder<HostDbContext>();
        provider.ConfigureHost(builder);
        builder.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
        return builder.Options;
    }
}
