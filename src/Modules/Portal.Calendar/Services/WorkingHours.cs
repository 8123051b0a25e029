using System.Globalization;
using Portal.Core.Settings;

namespace Portal.Calendar.Services;

/// <summary>The tenant's working hours, kept as tenant settings (recipe step `settings`); 8:00–17:00 when not set.</summary>
public sealed class WorkingHours(ITenantSettings settings)
{
    public const string StartKey = "Calendar.WorkStart";
    public const string EndKey = "Calendar.WorkEnd";

    public async Task<(TimeOnly Start, TimeOnly End)> GetAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(StartKey, new TimeOnly(8, 0), cancellationToken), await ReadAsync(EndKey, new TimeOnly(17, 0), cancellationToken));

    private async Task<TimeOnly> ReadAsync(string key, TimeOnly unset, CancellationToken cancellationToken) =>
        TimeOnly.TryParseExact(await settings.GetAsync(key, cancellationToken), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time : unset;
}
