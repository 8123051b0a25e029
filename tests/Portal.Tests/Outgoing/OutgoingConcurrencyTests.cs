using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Outgoing;

/// <summary>Eight signed documents issued at once, each from its own connection: distinct, consecutive numbers from 1, no gap.</summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class OutgoingConcurrencyTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Eight_issues_at_once_get_the_numbers_1_to_8()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "di-dong-thoi"));
        var ids = new List<int>();
        for (var i = 0; i < 8; i++)
            ids.Add(await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft($"V/v văn bản thứ {i + 1}")));
        // One step-up covers the director's signatures while it is fresh (a one-time code is accepted once).
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        foreach (var id in ids)
            await outgoing.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        var clerk = await outgoing.Agency.AsAsync(OutgoingAgency.Clerk);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var issues = ids.Select(id => Task.Run(async () =>
        {
            using var client = fixture.Server.Client();
            client.Cookies.Add(clerk.Cookies.GetAllCookies());
            await start.Task;
            using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{outgoing.Tenant}/api/outgoing/{id}/issue")
            {
                Content = JsonContent.Create(new { }),
            });
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("numberSymbol").GetString()!;
        })).ToList();
        start.SetResult();
        var numbers = await Task.WhenAll(issues);

        Assert.Equal(Enumerable.Range(1, 8), numbers.Select(n => int.Parse(n.Split('/')[0])).Order());
    }
}
