namespace Portal.Calendar;

/// <summary>
/// The tenant's working calendar. Every date is a day in Vietnam (Asia/Ho_Chi_Minh), whatever the
/// server's zone; "now" comes from the application's clock. A deadline that falls on a day off moves to
/// the next working day, and lateness is counted in working days only.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>Today's date in Vietnam.</summary>
    DateOnly Today { get; }

    /// <summary>The Vietnam date of an instant.</summary>
    DateOnly DateOf(DateTimeOffset instant);

    Task<bool> IsWorkingDayAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>The day that is <paramref name="workingDays"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken);

    /// <summary>How many working days come after <paramref name="start"/> up to and including <paramref name="end"/>: the working days a document is late past its deadline, or took from registration to done.</summary>
    Task<int> WorkingDaysAfterAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken);

    /// <summary>The day itself if it is a working day, else the next working day.</summary>
    Task<DateOnly> SameOrNextWorkingDayAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// "Trong ngày, chậm nhất là ngày làm việc tiếp theo" (Decree 30/2020): the last day for something that
    /// arrived at <paramref name="arrival"/>. What arrives after working hours or on a day off counts from the
    /// next working day.
    /// </summary>
    Task<DateOnly> NextWorkingDayRuleAsync(DateTimeOffset arrival, CancellationToken cancellationToken);

    /// <summary>
    /// The latest deadline that has passed in working time today: a deadline on or before it is overdue, one after
    /// it is not (a deadline on Friday is not overdue over the weekend, only once Monday, a working day, has come).
    /// </summary>
    Task<DateOnly> LatestPassedDeadlineAsync(CancellationToken cancellationToken);

    /// <summary>What arrived before this instant has missed <see cref="NextWorkingDayRuleAsync"/> today.</summary>
    Task<DateTimeOffset> LatestTimelyArrivalAsync(CancellationToken cancellationToken);

    /// <summary>The year's days off: the fixed public holidays and those the central office entered.</summary>
    Task<IReadOnlyList<DayOff>> DaysOffAsync(int year, CancellationToken cancellationToken);

    /// <summary>The tenant's working hours (Vietnam time).</summary>
    Task<(TimeOnly Start, TimeOnly End)> WorkingHoursAsync(CancellationToken cancellationToken);
}
