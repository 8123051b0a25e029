using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Settings;

internal sealed class TenantSettings(SettingsDbContext db) : ITenantSettings
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        (await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken))?.Value;

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        var existing = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (existing is null)
            db.Settings.Add(new SettingRecord { Key = key, Value = value });
        else
            existing.Value = value;
        await db.SaveChangesAsync(cancellationToken);
    }
}
