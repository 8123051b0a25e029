using Portal.Core.Tenancy;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Controllers;

/// <summary>The reorganisations, the running tenants to choose from, and the forms' values and refusals.</summary>
public sealed record ReorganisationList(IReadOnlyList<ReorganisationRecord> Rows, IReadOnlyList<TenantRecord> Tenants,
    string? Sources, string? Target, SplitForm Split, IReadOnlyList<string> Errors);
