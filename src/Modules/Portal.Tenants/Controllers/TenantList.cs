using Portal.Core.Tenancy;

namespace Portal.Tenants.Controllers;

public sealed record TenantList(
    IReadOnlyList<TenantRecord> Tenants, int Total, int Running, int Disabled, int Uninitialized, int Archived,
    string? Query, TenantState? State, int Page, int Pages);
