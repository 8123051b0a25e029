using Portal.Core.Tenancy;

namespace Portal.Tenants.Controllers;

public sealed class TenantForm
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? AgencyCode { get; set; }
    public string? ParentAgency { get; set; }
    public AgencyLevel Level { get; set; } = AgencyLevel.Commune;
    public string? Recipe { get; set; }
    public string? AdminUserName { get; set; }
    public string? AdminFullName { get; set; }
    public string? AdminPassword { get; set; }

    public IReadOnlyList<string> Errors { get; set; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> RecipeOptions { get; set; } = [];

    public TenantCreation ToCreation() => new(Name?.Trim() ?? "", DisplayName ?? "", AgencyCode?.Trim() ?? "", ParentAgency, Level,
        Recipe ?? "", AdminUserName ?? "", AdminPassword ?? "", AdminFullName ?? "");
}
