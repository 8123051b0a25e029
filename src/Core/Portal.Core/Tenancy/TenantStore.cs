using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Tenancy;

/// <summary>Reads and writes tenant settings rows in the host database.</summary>
public sealed class TenantStore(IDataProvider provider)
{
    private DbContextOptions<HostDbContext>? _options;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await provider.InitializeHostAsync(cancellationToken);
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

    /// <summary>One page of tenants matching a text (prefix, name or agency code) and a state, with the total.</summary>
    public async Task<(IReadOnlyList<TenantRecord> Rows, int Total)> SearchAsync(string? text, TenantState? state, int skip, int take,
        CancellationToken cancellationToken)
    {
        await using var db = Open();
        var query = db.Tenants.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            query = query.Where(r => r.Name.Contains(t) || r.DisplayName.Contains(t) || r.AgencyCode.Contains(t));
        }
        if (state is { } s)
            query = query.Where(r => r.State == s);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.Level).ThenBy(r => r.Name).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (rows, total);
    }

    public async Task<IReadOnlyDictionary<TenantState, int>> CountByStateAsync(CancellationToken cancellationToken)
    {
        await using var db = Open();
        return await db.Tenants.GroupBy(t => t.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
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

    public async Task RemoveAsync(TenantRecord record, CancellationToken cancellationToken)
    {
        await using var db = Open();
        db.Tenants.Remove(record);
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
