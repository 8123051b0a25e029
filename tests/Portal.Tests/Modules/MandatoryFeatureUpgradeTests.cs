using System.Net;
using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Modules;

/// <summary>
/// A tenant set up before a module became mandatory (its row lacks the feature, its store lacks the
/// tables) gets the feature and its tables at its next activation, and keeps its data.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class MandatoryFeatureUpgradeTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    [Trait("Database", "Both")]
    public async Task A_tenant_older_than_a_mandatory_module_gets_it_at_its_next_activation()
    {
        var name = UniqueNames.Tenant("xa-cu");
        await Server.CreateTenantAsync(name);
        var store = Server.Get<TenantStore>();
        var record = (await store.FindAsync(name, CancellationToken.None))!;
        record.Features = string.Join(' ', record.FeatureSet.Where(f => f != FilesFeature.Id));
        // As set up then: its schema was that of the features it had.
        record.SchemaFingerprint = "before-files";
        await store.UpdateAsync(record, CancellationToken.None);
        Server.Get<TenantHost>().Release(name);
        TenantStores.Execute(Server, name, "DROP TABLE \"VaultFiles\"; DROP TABLE \"VaultKeys\"; DROP TABLE \"__Migrations_FilesDb\";");

        using var visitor = Server.Client();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"{name}/account/login")).StatusCode);

        Assert.Contains(FilesFeature.Id, (await store.FindAsync(name, CancellationToken.None))!.FeatureSet);
        Assert.Equal(["0"], TenantStores.Rows(Server, name, "SELECT count(*) FROM \"VaultFiles\""));
        Assert.True(await visitor.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
    }
}
