using System.Net;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Incoming;

/// <summary>Eight clients register 500 documents each at once through the API into one register: numbers 1..4000, no gap, no duplicate.</summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class RegistrationConcurrencyTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Eight_clients_registering_500_each_through_the_API_get_exactly_1_to_4000()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-tai-cao");
        var signedIn = await agency.AsAsync(DemoAccounts.Clerk);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clients = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            // Each client is its own connection carrying the clerk's session.
            using var client = fixture.Server.Client();
            client.Cookies.Add(signedIn.Cookies.GetAllCookies());
            await start.Task;
            for (var i = 0; i < 500; i++)
            {
                using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{agency.Tenant}/api/incoming")
                {
                    Content = System.Net.Http.Json.JsonContent.Create(RegistrationTests.Body(("numberSymbol", $"{c}-{i}/VP"))),
                });
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(clients);

        Assert.Equal(Enumerable.Range(1, 4000), agency.StoredNumbers().Order());
    }
}
