namespace Portal.Calendar.Services;

/// <summary>
/// Saturdays, Sundays, the fixed public holidays and the central office's days off are not working days;
/// every other day is.
/// </summary>
public sealed class WorkingCalendar(CentralDaysOff central, WorkingHours hours, TimeProvider clock) : IWorkingCalendar
{
    public DateOnly Today => VietnamZone.DateOf(clock.GetUtcNow());

    public DateOnly DateOf(DateTimeOffset instant) => VietnamZone.DateOf(instant);

    public async Task<bool> IsWorkingDayAsync(DateOnly day, CancellationToken cancellationToken) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && (await DaysOffAsync(day.Year, cancellationToken)).All(d => d.Date != day);

    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken)
    {
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (await IsWorkingDayAsync(day, cancellationToken))
                counted++;
        }
        return day;
    }

    public async Task<int> WorkingDaysAfterAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            if (await IsWorkingDayAsync(day, cancellationToken))
                count++;
        }
        return count;
    }

    public async Task<DateOnly> SameOrNextWorkingDayAsync(DateOnly day, CancellationToken cancellationToken) =>
        await IsWorkingDayAsync(day, cancellationToken) ? day : await AddWorkingDaysAsync(day, 1, cancellationToken);

    public async Task<DateOnly> NextWorkingDayRuleAsync(DateTimeOffset arrival, CancellationToken cancellationToken)
    {
        var local = VietnamZone.Local(arrival);
        var day = DateOnly.FromDateTime(local);
        var (_, end) = await hours.GetAsync(cancellationToken);
        var counted = await IsWorkingDayAsync(day, cancellationToken) && TimeOnly.FromDateTime(local) < end
            ? day
            : await AddWorkingDaysAsync(day, 1, cancellationToken);
        return await AddWorkingDaysAsync(counted, 1, cancellationToken);
    }

    public async Task<DateOnly> LatestPassedDeadlineAsync(CancellationToken cancellationToken) =>
        await PreviousWorkingDayAsync(await IsWorkingDayAsync(Today, cancellationToken) ? Today : await PreviousWorkingDayAsync(Today, cancellationToken),
            cancellationToken);

    /// <summary>
    /// The rule's last day is the working day after the day an arrival counts from, so it has passed when that day is
    /// on or before the latest passed deadline: the arrival counted from a working day before it, or came before the
    /// end of working hours on it.
    /// </summary>
    public async Task<DateTimeOffset> LatestTimelyArrivalAsync(CancellationToken cancellationToken)
    {
        var counted = await PreviousWorkingDayAsync(await LatestPassedDeadlineAsync(cancellationToken), cancellationToken);
        var (_, end) = await hours.GetAsync(cancellationToken);
        var local = counted.ToDateTime(end);
        return new DateTimeOffset(local, VietnamZone.Zone.GetUtcOffset(local));
    }

    private async Task<DateOnly> PreviousWorkingDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        do
            day = day.AddDays(-1);
        while (!await IsWorkingDayAsync(day, cancellationToken));
        return day;
    }

    public async Task<IReadOnlyList<DayOff>> DaysOffAsync(int year, CancellationToken cancellationToken) =>
        [.. FixedHolidays.Of(year).Concat(await central.OfYearAsync(year, cancellationToken)).OrderBy(d => d.Date)];

    public Task<(TimeOnly Start, TimeOnly End)> WorkingHoursAsync(CancellationToken cancellationToken) => hours.GetAsync(cancellationToken);
}
