namespace Portal.Identity.Services;

/// <summary>A new account as an admin or a recipe describes it.</summary>
public sealed record UserSpec(
    string UserName,
    string Password,
    string FullName,
    string Position,
    string? UnitCode,
    IReadOnlyList<string> Roles,
    Clearance Clearance,
    string? Email = null);
