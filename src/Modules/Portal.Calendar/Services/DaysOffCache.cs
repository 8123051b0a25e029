using System.Collections.Concurrent;

namespace Portal.Calendar.Services;

/// <summary>
/// The central office's days off by year, kept in memory: every deadline reads them, and they change a
/// few times a year. A change made on this host clears the year; another host sees it on restart.
/// </summary>
public sealed class DaysOffCache
{
    private readonly ConcurrentDictionary<int, IReadOnlyList<DayOff>> _years = new();

    public async Task<IReadOnlyList<DayOff>> GetAsync(int year, Func<Task<IReadOnlyList<DayOff>>> load)
    {
        if (_years.TryGetValue(year, out var days))
            return days;
        days = await load();
        _years[year] = days;
        return days;
    }

    public void Forget(int year) => _years.TryRemove(year, out _);
}
