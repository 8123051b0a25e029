using Portal.Tests.Support;

namespace Portal.Tests.Registers;

/// <summary>Concurrent registrations, each in its own scope and transaction as requests are: no gap, no duplicate.</summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class RegisterConcurrencyTests(DemoServerFixture fixture)
{
    private const string Incoming = "BMNN-DEN";
    private static readonly DateTimeOffset At = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Eight_clients_taking_500_numbers_each_at_once_get_exactly_1_to_4000()
    {
        var tenant = UniqueNames.Tenant("xa-dong-thoi");
        await fixture.Server.CreateTenantAsync(tenant);

        var numbers = await RunClientsAsync(tenant, clients: 8, each: 500, rollBack: _ => false);

        Assert.Equal(Enumerable.Range(1, 4000), numbers.Order());
    }

    [Fact]
    public async Task Registrations_rolled_back_among_concurrent_ones_leave_no_gap()
    {
        var tenant = UniqueNames.Tenant("xa-hoan-tac");
        await fixture.Server.CreateTenantAsync(tenant);

        var committed = await RunClientsAsync(tenant, clients: 4, each: 90, rollBack: i => i % 3 == 0);

        Assert.Equal(Enumerable.Range(1, 240), committed.Order());
        Assert.Equal(241, (await RegisterWork.TakeAsync(fixture.Server, tenant, Incoming, At)).Number);
    }

    /// <summary>The numbers committed by all clients; a client's i-th attempt is rolled back when <paramref name="rollBack"/> says so.</summary>
    private async Task<IReadOnlyList<int>> RunClientsAsync(string tenant, int clients, int each, Func<int, bool> rollBack)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            var taken = new List<int>();
            for (var i = 1; i <= each; i++)
            {
                var commit = !rollBack(i);
                var number = await RegisterWork.TakeAsync(fixture.Server, tenant, Incoming, At, commit);
                if (commit)
                    taken.Add(number.Number);
            }
            return taken;
        })).ToList();
        start.SetResult();
        return (await Task.WhenAll(work)).SelectMany(t => t).ToList();
    }
}
