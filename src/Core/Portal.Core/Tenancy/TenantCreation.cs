namespace Portal.Core.Tenancy;

/// <summary>What the central office fills in to create an agency's tenant.</summary>
public sealed record TenantCreation(
    string Name,
    string DisplayName,
    string AgencyCode,
    string? ParentAgency,
    AgencyLevel Level,
    string Recipe,
    string AdminUserName,
    string AdminPassword,
    string AdminFullName);
