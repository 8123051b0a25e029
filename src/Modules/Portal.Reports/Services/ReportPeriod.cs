using System.Globalization;
using Portal.Core;

namespace Portal.Reports.Services;

/// <summary>The days a report covers (Vietnam days, both ends included); the current month unless asked otherwise.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public static ReportPeriod Of(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var last = to ?? today;
        var first = from ?? new DateOnly(last.Year, last.Month, 1);
        if (last < first)
            throw new RequestRefusedException("Ngày cuối kỳ báo cáo phải từ ngày đầu kỳ trở đi.");
        if (last.DayNumber - first.DayNumber >= MaxDays)
            throw new RequestRefusedException($"Mỗi kỳ báo cáo không quá {MaxDays} ngày.");
        return new ReportPeriod(first, last);
    }

    /// <summary>The usual periods of a periodic report, ending with the one that holds today.</summary>
    public static IReadOnlyList<(string Name, ReportPeriod Period)> Usual(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var year = new DateOnly(today.Year, 1, 1);
        return
        [
            ("Tháng này", new ReportPeriod(month, month.AddMonths(1).AddDays(-1))),
            ("Tháng trước", new ReportPeriod(month.AddMonths(-1), month.AddDays(-1))),
            ($"Quý {(today.Month - 1) / 3 + 1}", new ReportPeriod(quarter, quarter.AddMonths(3).AddDays(-1))),
            ($"Năm {today.Year}", new ReportPeriod(year, year.AddYears(1).AddDays(-1))),
        ];
    }

    public string Query => $"from={Iso(From)}&to={Iso(To)}";

    public override string ToString() => $"từ ngày {Day(From)} đến ngày {Day(To)}";

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
