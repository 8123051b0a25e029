namespace Portal.Identity;

/// <summary>An enabled account as it is now; the security stamp changes whenever its sessions must end.</summary>
public sealed record ActiveAccount(
    string UserId,
    string UserName,
    string FullName,
    string Position,
    IReadOnlyList<string> Roles,
    Clearance Clearance,
    string SecurityStamp);
