using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Access.Models;
using Portal.Audit;
using Portal.Core.Security;
using Portal.Core.Tenancy;

namespace Portal.Access.Services;

/// <summary>
/// Clearance covers the classification AND the user is on the access list, in the user's own tenant.
/// A missing resource goes through the same queries and the same audit write as a forbidden one, so
/// neither the answer nor its timing tells them apart.
/// </summary>
internal sealed class AccessCheck(
    IEnumerable<IResourceLocator> locators, AccessDb db, IAuditTrail audit, ITenantAccessor tenants) : IAccessCheck
{
    private readonly Dictionary<string, IResourceLocator> _locators = locators.ToDictionary(l => l.Kind, StringComparer.Ordinal);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, ResourceRef resource, CancellationToken cancellationToken = default)
    {
        var located = _locators.TryGetValue(resource.Kind, out var locator) ? await locator.FindAsync(resource.Id, cancellationToken) : null;
        var listOf = located?.AccessListOf ?? resource;
        var userId = user.FindFirstValue(PortalClaims.UserId) ?? "";
        var onList = await db.Entries.AsNoTracking()
            .AnyAsync(e => e.ResourceKind == listOf.Kind && e.ResourceId == listOf.Id && e.UserId == userId, cancellationToken);
        var allowed = located is not null
            && user.FindFirstValue(PortalClaims.Tenant) == tenants.Required.Name
            && located.Level != SecrecyLevel.TuyetMat
            && Clearance(user) >= (int)located.Level
            && onList;
        await audit.RecordAsync(new AuditRecord(AuditActions.AccessDecision, allowed ? AuditOutcome.Succeeded : AuditOutcome.Denied,
            resource.Kind, resource.Id, allowed ? "" : located is null ? "không tồn tại" : "không đủ điều kiện tiếp cận"), cancellationToken);
        return allowed;
    }

    private static int Clearance(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaims.Clearance), out var level) ? level : 0;
}
