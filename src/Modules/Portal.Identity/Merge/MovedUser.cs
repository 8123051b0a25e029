namespace Portal.Identity.Merge;

/// <summary>An account as a merge carries it: who, clearance, password and second factor, roles by name, unit by code.</summary>
internal sealed record MovedUser(string Id, string UserName, string FullName, string Position, string? UnitCode, Clearance Clearance,
    bool WasDisabled, string? PasswordHash, string? SecurityStamp, bool TwoFactorEnabled, DateTime CreatedUtc, IReadOnlyList<string> Roles,
    IReadOnlyList<MovedToken> Tokens);
