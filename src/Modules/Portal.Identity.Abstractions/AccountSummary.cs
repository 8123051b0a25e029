namespace Portal.Identity;

/// <summary>An account as an administrator's list shows it; <see cref="Unit"/> is its unit's name, empty when it has none.</summary>
public sealed record AccountSummary(
    string UserId,
    string UserName,
    string FullName,
    string Position,
    IReadOnlyList<string> Roles,
    Clearance Clearance,
    bool IsDisabled,
    string Unit);
