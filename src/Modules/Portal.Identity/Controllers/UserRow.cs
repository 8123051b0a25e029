namespace Portal.Identity.Controllers;

public sealed record UserRow(
    string Id, string UserName, string FullName, string Position, string Unit, IReadOnlyList<string> Roles, string Clearance, bool IsDisabled);
