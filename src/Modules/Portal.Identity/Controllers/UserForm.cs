using Portal.Identity.Services;

namespace Portal.Identity.Controllers;

public sealed class UserForm
{
    public string? Id { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? FullName { get; set; }
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? UnitCode { get; set; }
    public List<string> Roles { get; set; } = [];
    public Clearance Clearance { get; set; }

    public bool IsDisabled { get; set; }
    public bool IsLockedOut { get; set; }
    public bool TwoFactorEnabled { get; set; }

    public IReadOnlyList<string> Errors { get; set; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> UnitOptions { get; set; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> RoleOptions { get; set; } = [];

    public UserSpec ToSpec() => new(UserName ?? "", Password ?? "", FullName ?? "", Position ?? "",
        string.IsNullOrEmpty(UnitCode) ? null : UnitCode, Roles, Clearance, Email);
}
