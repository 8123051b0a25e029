using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
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
    IEnumerable<IResourceLocator> locators, AccessDb db, IAuditTrail audit, ITenantAccessor tenants, IConfiguration configuration) : IAccessCheck
{
    private readonly Dictionary<string, IResourceLocator> _locators = locators.ToDictionary(l => l.Kind, StringComparer.Ordinal);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, ResourceRef resource, CancellationToken cancellationToken = default) =>
        await DecideAsync(user, resource, ResourceOperation.Read, cancellationToken) == AccessDecision.Allowed;

    public async Task<AccessDecision> DecideAsync(ClaimsPrincipal user, ResourceRef resource, ResourceOperation operation,
        CancellationToken cancellationToken = default)
    {
        var located = _locators.TryGetValue(resource.Kind, out var locator) ? await locator.FindAsync(resource.Id, cancellationToken) : null;
        var listOf = located?.AccessListOf ?? resource;
        var userId = user.FindFirstValue(PortalClaims.UserId) ?? "";
        var onList = await db.Entries.AsNoTracking()
            .AnyAsync(e => e.ResourceKind == listOf.Kind && e.ResourceId == listOf.Id && e.UserId == userId, cancellationToken);
        var allowed = located is not null && Covers(user, located) && onList;
        var stepUp = allowed && located!.Level == SecrecyLevel.ToiMat && operation is ResourceOperation.Download or ResourceOperation.Print
            or ResourceOperation.Export && !StrongAuthentication.IsFresh(user, StrongAuthentication.Freshness(configuration));
        await audit.RecordAsync(new AuditRecord(AuditActions.AccessDecision,
            allowed && !stepUp ? AuditOutcome.Succeeded : AuditOutcome.Denied, resource.Kind, resource.Id,
            $"{OperationText.Of(operation)}{(allowed ? stepUp ? ": cần xác thực lại" : "" : located is null ? ": không tồn tại" : ": không đủ điều kiện tiếp cận")}",
            user.FindFirstValue(PortalClaims.UserName), userId), cancellationToken);
        return !allowed ? AccessDecision.Hidden : stepUp ? AccessDecision.StepUpRequired : AccessDecision.Allowed;
    }

    public async Task<IReadOnlySet<ResourceRef>> VisibleAsync(ClaimsPrincipal user, IReadOnlyCollection<ResourceRef> resources,
        CancellationToken cancellationToken = default)
    {
        var located = new List<(ResourceRef Resource, ResourceRef ListOf)>();
        foreach (var resource in resources.Distinct())
        {
            if (_locators.TryGetValue(resource.Kind, out var locator) && await locator.FindAsync(resource.Id, cancellationToken) is { } found
                && Covers(user, found))
                located.Add((resource, found.AccessListOf ?? resource));
        }
        if (located.Count == 0)
            return new HashSet<ResourceRef>();
        var userId = user.FindFirstValue(PortalClaims.UserId) ?? "";
        var ids = located.Select(l => l.ListOf.Id).Distinct().ToList();
        var entries = (await db.Entries.AsNoTracking().Where(e => e.UserId == userId && ids.Contains(e.ResourceId))
            .Select(e => new { e.ResourceKind, e.ResourceId }).ToListAsync(cancellationToken))
            .Select(e => new ResourceRef(e.ResourceKind, e.ResourceId)).ToHashSet();
        return located.Where(l => entries.Contains(l.ListOf)).Select(l => l.Resource).ToHashSet();
    }

    /// <summary>The user's own tenant, and a clearance that covers the resource's level (never Tuyệt mật).</summary>
    private bool Covers(ClaimsPrincipal user, LocatedResource located) =>
        user.FindFirstValue(PortalClaims.Tenant) == tenants.Required.Name
        && located.Level != SecrecyLevel.TuyetMat
        && Clearance(user) >= (int)located.Level;

    private static int Clearance(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaims.Clearance), out var level) ? level : 0;
}
