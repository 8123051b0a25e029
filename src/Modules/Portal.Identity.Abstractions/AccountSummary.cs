namespace Portal.Identity;

/// <summary>An account as an administrator's list shows it.</summary>
public sealed record AccountSummary(
    string UserId,
    string UserName,
    string FullName,
    string Position,
    IReadOnlyList<string> Roles,
    Clearance Clearance,
    bool IsDisabled);
