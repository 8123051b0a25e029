using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>What a merge or split is checked against: an incoming document's access list as stored, and an outsider's view.</summary>
public static class ReorganisedStores
{
    /// <summary>The access list as (user, position) pairs: an insider's view of the store, to compare before and after.</summary>
    public static List<string> Access(PortalTestServer server, string tenant, int id) =>
        TenantStores.Rows(server, tenant,
            $"SELECT \"UserId\" || ':' || \"Position\" FROM \"AccessEntries\" WHERE \"ResourceKind\" = 'incoming' AND \"ResourceId\" = '{id}'");

    /// <summary>The incoming list as the clerk of an agency outside the reorganisation sees it.</summary>
    public static async Task<string> OutsiderViewAsync(IncomingAgency other) =>
        (await (await other.AsAsync(DemoAccounts.Clerk)).PageAsync($"{other.Tenant}/incoming")).QuerySelector("main")!.TextContent;
}
