using Portal.Core.Modules;
using Portal.Core.Tenancy;

namespace Portal.Tenants.Controllers;

public sealed record TenantDetails(TenantRecord Tenant, IReadOnlyList<FeatureDescriptor> Features, bool Active, string RecipeName);
