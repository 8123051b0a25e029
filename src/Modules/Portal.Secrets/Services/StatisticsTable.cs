using System.Runtime.CompilerServices;
using Portal.Rendering;

namespace Portal.Secrets.Services;

/// <summary>The yearly statistics as a printable table (PDF, XLSX): unit, level, the counts, then the totals by level.</summary>
public static class StatisticsTable
{
    public static ExportTable Of(SecretStatistics statistics, string agency, string exportedBy, DateTimeOffset at) =>
        new($"Thống kê bí mật nhà nước năm {statistics.Year} — {agency}", ["STT", "Đơn vị", "Độ mật", .. SecretStatistics.Columns], Rows(statistics))
        {
            Note = $"Xuất bởi {exportedBy} lúc {at.ToOffset(TimeSpan.FromHours(7)):HH:mm dd/MM/yyyy}; chỉ tính văn bản người xuất được tiếp cận.",
        };

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Rows(SecretStatistics statistics, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var n = 0;
        foreach (var row in statistics.Rows)
            yield return [(++n).ToString(), row.Unit, SecretText.Level(row.Level), .. row.Counts.Select(c => c.ToString())];
        foreach (var total in statistics.Totals)
            yield return ["", total.Unit, SecretText.Level(total.Level), .. total.Counts.Select(c => c.ToString())];
        await Task.CompletedTask;
    }
}
