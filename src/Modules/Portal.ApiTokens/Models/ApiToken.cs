namespace Portal.ApiTokens.Models;

/// <summary>
/// A personal API token. The secret itself is never stored: only its SHA-256 (to find it) and a short
/// visible prefix (to recognise it in the list). It dies when revoked, when it expires, and when the
/// account's security stamp moves on from the one it was issued under.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>The scopes, separated by spaces.</summary>
    public required string Scopes { get; set; }
    public required string SecretHash { get; set; }
    public required string Prefix { get; set; }
    public required string SecurityStamp { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
