using Portal.ApiTokens.Services;

namespace Portal.ApiTokens.Controllers;

public sealed class TokenForm
{
    public string? Name { get; set; }
    /// <summary>Empty unless posted: a form with every box unticked must not come back with a default scope.</summary>
    public List<string> Scopes { get; set; } = [];
    public int ExpiresInDays { get; set; } = ApiTokenLimits.DefaultDays;
    public IReadOnlyList<string> Errors { get; set; } = [];
}
