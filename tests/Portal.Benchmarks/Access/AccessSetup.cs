using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// Mật documents in the demo department: on half of them the Mật-cleared officer is the lead handler
/// (allowed); the other half list the clerk only (forbidden for the officer).
/// </summary>
public static class AccessSetup
{
    public const string UserName = DemoAccounts.Officer;
    private const string OtherUser = DemoAccounts.Clerk;
    private const int Batch = 100;

    public static async Task<AccessDocuments> PrepareAsync(PortalTestServer server, int perKind)
    {
        var host = server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(DemoAccounts.Department))!;
        var (userId, otherId, clearance) = await host.RunAsync(tenant, async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync(UserName))!;
            return (user.Id, (await users.FindByNameAsync(OtherUser))!.Id, (int)user.Clearance);
        });
        var allowed = Enumerable.Range(0, perKind).Select(_ => AccessDocuments.NewId()).ToList();
        var forbidden = Enumerable.Range(0, perKind).Select(_ => AccessDocuments.NewId()).ToList();
        var entries = allowed.Select(id => (Id: id, User: userId)).Concat(forbidden.Select(id => (Id: id, User: otherId))).ToList();
        foreach (var chunk in entries.Chunk(Batch))
        {
            await host.RunAsync(tenant, async services =>
            {
                var unit = services.GetRequiredService<ITenantUnitOfWork>();
                var list = services.GetRequiredService<IAccessList>();
                await unit.BeginAsync();
                foreach (var (id, user) in chunk)
                {
                    BenchDocuments.Add(id, SecrecyLevel.Mat);
                    await list.AddAsync(new AccessEntrySpec(new ResourceRef(BenchDocuments.Kind, id), user, AccessPosition.LeadHandler));
                }
                await unit.CommitAsync();
                return true;
            });
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(PortalClaims.UserId, userId), new Claim(PortalClaims.UserName, UserName),
            new Claim(PortalClaims.Tenant, tenant.Name), new Claim(PortalClaims.Clearance, clearance.ToString()),
        ], "bench"));
        return new AccessDocuments(tenant.Name, UserName, allowed, forbidden, principal);
    }
}
