using Portal.Core.Tenancy;
using Portal.Oversight.Board;

namespace Portal.Oversight.Controllers;

/// <summary>The dashboard's query string (page, export and API share it).</summary>
public sealed class BoardQuery
{
    public string? Q { get; set; }
    public AgencyLevel? Level { get; set; }
    public string? Stage { get; set; }
    public string? Parent { get; set; }
    public bool Behind { get; set; }
    public int Page { get; set; } = 1;

    public BoardFilter ToFilter() => new(Q, Level, RolloutStageText.Parse(Stage), string.IsNullOrWhiteSpace(Parent) ? null : Parent, Behind);

    public Dictionary<string, string?> Values(int? page = null) => new()
    {
        ["q"] = Q, ["level"] = Level?.ToString(), ["stage"] = Stage, ["parent"] = Parent, ["behind"] = Behind ? "true" : null, ["page"] = page?.ToString(),
    };
}
