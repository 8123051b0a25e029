namespace Portal.Registers.Services;

/// <summary>
/// Reads the admin's choice of printed columns: a position per column (1, 2, …), blank for a column
/// the book does not print. Positions need not be consecutive; they only set the order.
/// </summary>
internal static class ColumnOrder
{
    public const int MaxPosition = 99;

    public static IReadOnlyList<RegisterColumn> Parse(IReadOnlyDictionary<RegisterColumn, string?> positions, List<string> errors)
    {
        var before = errors.Count;
        var chosen = new List<(RegisterColumn Column, int Position)>();
        foreach (var (column, text) in positions.OrderBy(p => p.Key))
        {
            if (string.IsNullOrWhiteSpace(text))
                continue;
            if (!int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
                || position is < 1 or > MaxPosition)
            {
                errors.Add($"Thứ tự của cột '{RegisterColumnText.Of(column)}' phải là số nguyên từ 1 đến {MaxPosition}.");
                continue;
            }
            chosen.Add((column, position));
        }
        foreach (var clash in chosen.GroupBy(c => c.Position).Where(g => g.Count() > 1))
            errors.Add($"Các cột {string.Join(", ", clash.Select(c => $"'{RegisterColumnText.Of(c.Column)}'"))} trùng thứ tự {clash.Key}.");
        if (chosen.Count == 0 && errors.Count == before)
            errors.Add("Chọn ít nhất một cột để in trong sổ (ghi thứ tự vào cột cần in).");
        return chosen.OrderBy(c => c.Position).Select(c => c.Column).ToList();
    }
}
