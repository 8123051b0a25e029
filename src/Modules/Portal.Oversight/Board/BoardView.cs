namespace Portal.Oversight.Board;

/// <summary>The dashboard's content: the agencies that match (all of them, for exports) and counts over them.</summary>
public sealed record BoardView(BoardFilter Filter, IReadOnlyList<AgencyStanding> Agencies, AgencyStanding? Parent, DateTime SilentBefore)
{
    public IReadOnlyDictionary<RolloutStage, int> ByStage =>
        Enum.GetValues<RolloutStage>().ToDictionary(s => s, s => Agencies.Count(a => a.Stage == s));

    public int BehindCount => Agencies.Count(a => a.Behind is not null);

    /// <summary>Sums over agencies that published recently; silent agencies add nothing (they are counted apart).</summary>
    public long Sum(string key) => Agencies.Sum(a => a.Shown?.Count(key) ?? 0);
}
