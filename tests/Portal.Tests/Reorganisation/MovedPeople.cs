using System.Net;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>A person moved into the target of a merge under the name the plan gave them, before and after the target's admin confirms them.</summary>
public sealed class MovedPeople(DemoServerFixture fixture, IncomingAgency source, IncomingAgency target)
{
    /// <summary>The name taken in the target ("{name}.{source}" when the target has the name), their authenticator carried with them.</summary>
    public string Carry(string userName)
    {
        var moved = $"{userName}.{source.Tenant}";
        Authenticators.Copy(fixture.Server.BaseAddress, source.Tenant, fixture.Server.BaseAddress, target.Tenant, userName, moved);
        return moved;
    }

    /// <summary>The target's admin enables the moved account; then it signs in.</summary>
    public async Task<PortalClient> ConfirmAsync(string movedName)
    {
        var userId = TenantStores.Rows(fixture.Server, target.Tenant, $"SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"UserName\" = '{movedName}'").Single();
        var admin = await fixture.Clients.TenantAdminAsync(target.Tenant);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"{target.Tenant}/admin/users/{userId}", new Dictionary<string, string>(), "/enable")).StatusCode);
        var client = fixture.Server.Client();
        Assert.True(await client.SignInAsync(target.Tenant, movedName, DemoAccounts.Password));
        return client;
    }
}
