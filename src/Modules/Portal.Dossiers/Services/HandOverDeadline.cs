using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>
/// A closed dossier goes to the agency archive within one year of the matter ending (Decree 30, Điều 31), and the
/// system warns 30 days before that deadline (Phụ lục VI).
/// </summary>
public static class HandOverDeadline
{
    public const int WarningDays = 30;

    public static DateOnly? Of(Dossier dossier) => dossier is { Status: DossierStatus.Closed, ClosedOn: { } closed } ? closed.AddYears(1) : null;

    /// <summary>The warning the dossier list shows, or null when the deadline is more than 30 days away or does not apply.</summary>
    public static string? Warning(Dossier dossier, DateOnly today)
    {
        if (Of(dossier) is not { } deadline || today < deadline.AddDays(-WarningDays))
            return null;
        var days = deadline.DayNumber - today.DayNumber;
        return days >= 0
            ? $"Còn {days} ngày đến hạn nộp lưu ({DossierText.Date(deadline)})."
            : $"Đã quá hạn nộp lưu {-days} ngày (hạn {DossierText.Date(deadline)}).";
    }
}
