using Portal.Core.Tenancy;

namespace Portal.Host.Setup;

/// <summary>A tenant the first run creates, as configured under Setup:DemoTenants.</summary>
public sealed class DemoTenant
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string AgencyCode { get; set; } = "";
    public string? ParentAgency { get; set; }
    public AgencyLevel Level { get; set; }
    public string Recipe { get; set; } = "";
    public string AdminUserName { get; set; } = "";
    public string AdminPassword { get; set; } = "";
    public string AdminFullName { get; set; } = "";

    public TenantCreation ToCreation() =>
        new(Name, DisplayName, AgencyCode, ParentAgency, Level, Recipe, AdminUserName, AdminPassword, AdminFullName);
}
