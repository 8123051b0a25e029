using Portal.Core.Data;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Data;

/// <summary>Each pass of the suite says which database it runs on, so a pass on the wrong one cannot go unnoticed.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class DatabaseInUseTests(DemoServerFixture fixture)
{
    [Fact]
    public void The_server_runs_on_the_database_this_pass_asked_for()
    {
        var server = fixture.Server;
        Assert.Equal(TestDatabase.RequestedProvider, server.Get<IDataProvider>().Name);
        Assert.Equal(TestDatabase.RequestedProvider, server.Database.Provider);
        Assert.Contains(DemoAccounts.Clerk,
            TenantStores.Rows(server, DemoAccounts.Department, "SELECT \"UserName\" FROM \"AspNetUsers\""));
    }
}
