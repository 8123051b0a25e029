using Portal.Access;

namespace Portal.Secrets.Services;

/// <summary>The yearly statistics of state secrets (DOMAIN.md §2.4 form 18) as counted for one person: lines by unit and level, and totals by level.</summary>
public sealed record SecretStatistics(int Year, IReadOnlyList<StatisticsRow> Rows)
{
    public static readonly IReadOnlyList<string> Columns =
        ["Tạo mới (văn bản đi)", "Tiếp nhận (văn bản đến)", "Sao, chụp", "Gia hạn", "Giảm độ mật", "Giải mật", "Tiêu hủy"];

    public IReadOnlyList<StatisticsRow> Totals =>
        [.. new[] { SecrecyLevel.ToiMat, SecrecyLevel.Mat }.Select(l => Rows.Where(r => r.Level == l).Aggregate(StatisticsRow.Empty("Tổng cộng", l), (a, r) => a.Add(r)))];
}
