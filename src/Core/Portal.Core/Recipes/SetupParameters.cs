namespace Portal.Core.Recipes;

/// <summary>The names of the parameters a tenant setup passes to its recipe.</summary>
public static class SetupParameters
{
    public const string AdminUserName = "AdminUserName";
    public const string AdminPassword = "AdminPassword";
    public const string AdminFullName = "AdminFullName";
    public const string TenantDisplayName = "TenantDisplayName";
    public const string AgencyCode = "AgencyCode";
}
