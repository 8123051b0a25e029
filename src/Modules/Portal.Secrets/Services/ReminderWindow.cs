using System.Globalization;
using Portal.Core.Settings;

namespace Portal.Secrets.Services;

/// <summary>How many days before a period ends the register reminds its keepers (setting below; 90 unless the tenant set another).</summary>
public sealed class ReminderWindow(ITenantSettings settings)
{
    public const string DaysKey = "Secrets.ReminderDays";

    public async Task<int> DaysAsync(CancellationToken cancellationToken) =>
        int.TryParse(await settings.GetAsync(DaysKey, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= 3650
            ? days : 90;

    /// <summary>The reminder the register shows for a protected entry, or null when its end is not yet near.</summary>
    public static string? Text(DateOnly endsOn, DateOnly today, int days)
    {
        var left = endsOn.DayNumber - today.DayNumber;
        return left > days ? null : left >= 0 ? $"Còn {left} ngày đến hết thời hạn bảo vệ" : "Đã hết thời hạn bảo vệ";
    }
}
