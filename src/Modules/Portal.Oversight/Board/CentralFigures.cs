using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Oversight.Models;

namespace Portal.Oversight.Board;

/// <summary>
/// The figures the central office keeps per tenant, in its own store. A tenant delivers through the central office's
/// own scope, never with its own connection; the central office never reads a tenant's store.
/// </summary>
public sealed class CentralFigures(TenantHost host)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Keeps the sheet unless the central office already holds one counted later.</summary>
    public Task StoreAsync(string tenant, FigureSheet sheet, CancellationToken cancellationToken) =>
        InCentralOfficeAsync(async db =>
        {
            var computed = StoredTime.Of(sheet.ComputedUtc);
            var row = await db.Figures.FirstOrDefaultAsync(f => f.TenantName == tenant, cancellationToken);
            if (row is null)
                db.Figures.Add(row = new PublishedFigures { TenantName = tenant, Sheet = "" });
            else if (row.ComputedUtc > computed)
                return true;
            row.ComputedUtc = computed;
            row.ReceivedUtc = StoredTime.UtcNow;
            row.Sheet = JsonSerializer.Serialize(sheet, Json);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        });

    public Task<HashSet<string>> ComputedSinceAsync(DateTime since, CancellationToken cancellationToken) =>
        InCentralOfficeAsync(async db => (await db.Figures.AsNoTracking().Where(f => f.ComputedUtc >= since)
            .Select(f => f.TenantName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));

    public Task<Dictionary<string, Publication>> AllAsync(CancellationToken cancellationToken) =>
        InCentralOfficeAsync(async db => (await db.Figures.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(f => f.TenantName, Read, StringComparer.Ordinal));

    public Task<Publication?> FindAsync(string tenant, CancellationToken cancellationToken) =>
        InCentralOfficeAsync(async db => await db.Figures.AsNoTracking().FirstOrDefaultAsync(f => f.TenantName == tenant, cancellationToken) is { } row
            ? Read(row) : null);

    private static Publication Read(PublishedFigures row) => new(
        DateTime.SpecifyKind(row.ComputedUtc, DateTimeKind.Utc), DateTime.SpecifyKind(row.ReceivedUtc, DateTimeKind.Utc),
        JsonSerializer.Deserialize<FigureSheet>(row.Sheet, Json) ?? new FigureSheet());

    private async Task<T> InCentralOfficeAsync<T>(Func<OversightDb, Task<T>> work)
    {
        var central = await host.ActivateAsync(TenantRecord.DefaultName)
            ?? throw new RequestRefusedException("Văn phòng Chính phủ (cơ quan trung tâm) chưa sẵn sàng nên chưa nhận được số liệu.");
        return await host.RunAsync(central, services => work(services.GetRequiredService<OversightDb>()));
    }
}
