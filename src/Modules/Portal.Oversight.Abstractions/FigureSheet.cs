namespace Portal.Oversight;

/// <summary>
/// What a tenant publishes: headline counts and times by <see cref="FigureKeys"/>, and breakdowns whose labels
/// are the modules' own Vietnamese names of states and levels. Small by design: it travels in an outbox message.
/// </summary>
public sealed class FigureSheet
{
    public DateTime ComputedUtc { get; set; }
    public Dictionary<string, long> Counts { get; set; } = [];
    public Dictionary<string, DateTime> Times { get; set; } = [];
    public List<FigureCell> Cells { get; set; } = [];

    public long Count(string key) => Counts.GetValueOrDefault(key);

    public DateTime? Time(string key) => Times.TryGetValue(key, out var t) ? t : null;

    /// <summary>Keeps the later of two times (several modules report activity).</summary>
    public void Latest(string key, DateTime? value)
    {
        if (value is { } v && (!Times.TryGetValue(key, out var known) || v > known))
            Times[key] = DateTime.SpecifyKind(v, DateTimeKind.Utc);
    }

    /// <summary>Keeps the earlier of two times.</summary>
    public void Earliest(string key, DateTime? value)
    {
        if (value is { } v && (!Times.TryGetValue(key, out var known) || v < known))
            Times[key] = DateTime.SpecifyKind(v, DateTimeKind.Utc);
    }

    /// <summary>Adds a breakdown cell; zero cells are left out to keep the message small.</summary>
    public void Cell(string group, string row, string column, long value)
    {
        if (value != 0)
            Cells.Add(new FigureCell(group, row, column, value));
    }
}
