namespace Portal.Identity.Services;

/// <summary>What an admin may change on an account from its edit page.</summary>
public sealed record UserChanges(string FullName, string Position, string? UnitCode, IReadOnlyList<string> Roles, Clearance Clearance);
