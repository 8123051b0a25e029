namespace Portal.ApiTokens.Controllers;

/// <summary>The page shown once after creating a token: the only time its secret is shown.</summary>
public sealed record CreatedToken(string Name, string Secret, IReadOnlyList<string> Scopes, DateTime ExpiresUtc);
