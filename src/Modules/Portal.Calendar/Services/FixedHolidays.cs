namespace Portal.Calendar.Services;

/// <summary>
/// The solar-calendar public holidays of the Labour Code 2019 (art. 112). Tết, the Hùng Kings' day, the
/// second National Day and the bridge days change every year, so the central office enters them.
/// </summary>
public static class FixedHolidays
{
    public static IReadOnlyList<DayOff> Of(int year) =>
    [
        new(new DateOnly(year, 1, 1), "Tết Dương lịch", true),
        new(new DateOnly(year, 4, 30), "Ngày Chiến thắng", true),
        new(new DateOnly(year, 5, 1), "Ngày Quốc tế lao động", true),
        new(new DateOnly(year, 9, 2), "Quốc khánh", true),
    ];
}
