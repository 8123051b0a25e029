namespace Portal.Identity.Merge;

/// <summary>An account's stored token (the authenticator key, recovery codes), moved with it so the second factor still works.</summary>
internal sealed record MovedToken(string LoginProvider, string Name, string? Value);
