using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Settings;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Outbox;

/// <summary>
/// The durable outbox on the real stores: a message exists exactly when its change committed, is handled
/// after the commit, survives a failing handler (kept with its error, retried later) and a crash between
/// the commit and the dispatch (replayed when the tenant next activates, here on a restarted server).
/// </summary>
[Trait("Database", "Both")]
public sealed class OutboxTests
{
    private const string Tenant = "Default";

    private static readonly Dictionary<string, string?> NoSweep = new() { ["Portal:OutboxSweep"] = "01:00:00" };

    [Fact]
    public async Task A_message_committed_with_its_change_is_handled_and_a_rolled_back_one_never_exists()
    {
        var module = new OutboxTestModule();
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, settings: NoSweep, extraModules: [module]);
        var host = server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(Tenant))!;

        await host.RunAsync(tenant, async services =>
        {
            var unitOfWork = services.GetRequiredService<ITenantUnitOfWork>();
            await unitOfWork.BeginAsync();
            await services.GetRequiredService<ITenantSettings>().SetAsync("tests.committed", "1");
            await services.GetRequiredService<IOutbox>().AddAsync(OutboxTestModule.Topic, new Ping("đã ghi"));
            await unitOfWork.CommitAsync();
            return 0;
        });
        await host.RunAsync(tenant, async services =>
        {
            var unitOfWork = services.GetRequiredService<ITenantUnitOfWork>();
            await unitOfWork.BeginAsync();
            await services.GetRequiredService<ITenantSettings>().SetAsync("tests.rolled-back", "1");
            await services.GetRequiredService<IOutbox>().AddAsync(OutboxTestModule.Topic, new Ping("đã hủy"));
            return 0; // the scope ends without a commit: the transaction rolls back
        });

        Assert.Equal(["đã ghi"], module.Handled);
        Assert.Empty(await server.Get<OutboxDispatcher>().ListAsync(tenant, CancellationToken.None));
        var settings = await host.RunAsync(tenant, async services =>
        {
            var store = services.GetRequiredService<ITenantSettings>();
            return (await store.GetAsync("tests.committed"), await store.GetAsync("tests.rolled-back"));
        });
        Assert.Equal(("1", null), settings);
    }

    [Fact]
    public async Task A_failing_handler_leaves_its_message_visible_with_the_error_for_a_later_attempt()
    {
        var module = new OutboxTestModule();
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, settings: NoSweep, extraModules: [module]);
        var host = server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(Tenant))!;

        await host.RunAsync(tenant, async services =>
        {
            var outbox = services.GetRequiredService<IOutbox>();
            await outbox.AddAsync(OutboxTestModule.Topic, new Ping("fail: máy chủ tìm kiếm vắng"));
            await outbox.AddAsync(OutboxTestModule.Topic, new Ping("sau"));
            return 0;
        });

        Assert.Equal(["sau"], module.Handled);
        var left = Assert.Single(await server.Get<OutboxDispatcher>().ListAsync(tenant, CancellationToken.None));
        Assert.Equal(1, left.Attempts);
        Assert.Contains("máy chủ tìm kiếm vắng", left.LastError);
        Assert.True(left.NextAttemptUtc > left.CreatedUtc);
        Assert.Null(left.FailedUtc);
    }

    [Fact]
    public async Task Work_waiting_on_another_node_holds_neither_the_request_nor_the_tenants_other_messages_and_is_never_given_up()
    {
        var module = new OutboxTestModule();
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, settings: NoSweep, extraModules: [module]);
        var host = server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(Tenant))!;

        // The far node does not answer: the unit of work commits and returns, and a later ping is handled meanwhile.
        await host.RunAsync(tenant, async services =>
        {
            await services.GetRequiredService<IOutbox>().AddAsync(OutboxTestModule.FarTopic, new Ping("xa"));
            await services.GetRequiredService<IOutbox>().AddAsync(OutboxTestModule.Topic, new Ping("gần"));
            return 0;
        });
        Assert.Equal(["gần"], module.Handled);
        var waiting = Assert.Single(await server.Get<OutboxDispatcher>().ListAsync(tenant, CancellationToken.None));
        Assert.Equal(OutboxTestModule.FarTopic, waiting.Topic);

        module.FarNodeAnswers.SetResult();
        Assert.True(await Eventually.TrueAsync(() => module.Handled.Contains("xa")));

        // A far message failing past the after-commit lane's last attempt stays due, with its error, for the node's return.
        await host.RunAsync(tenant, async services =>
        {
            await services.GetRequiredService<IOutbox>().AddAsync(OutboxTestModule.FarTopic, new Ping("fail: nút nhận vắng"));
            return 0;
        });
        Assert.True(await Eventually.TrueAsync(() => TenantStores.Rows(server, Tenant, """SELECT "Attempts" FROM "OutboxMessages" """) is ["1"]));
        TenantStores.Execute(server, Tenant, $"""UPDATE "OutboxMessages" SET "Attempts" = {OutboxLimits.MaxAttempts}, "NextAttemptUtc" = '2000-01-01 00:00:00'""");
        await server.Get<OutboxDispatcher>().DispatchAsync(tenant, CancellationToken.None);
        var kept = Assert.Single(await server.Get<OutboxDispatcher>().ListAsync(tenant, CancellationToken.None));
        Assert.Equal(OutboxLimits.MaxAttempts + 1, kept.Attempts);
        Assert.Null(kept.FailedUtc);
        Assert.Contains("nút nhận vắng", kept.LastError);
    }

    [Fact]
    public async Task Adjacent_messages_of_a_topic_that_allows_it_run_several_at_once_and_the_next_topic_waits_for_all_of_them()
    {
        var module = new OutboxTestModule();
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, settings: NoSweep, extraModules: [module]);
        var host = server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(Tenant))!;
        module.FarNodeAnswers.SetResult();

        await host.RunAsync(tenant, async services =>
        {
            var unitOfWork = services.GetRequiredService<ITenantUnitOfWork>();
            await unitOfWork.BeginAsync();
            var outbox = services.GetRequiredService<IOutbox>();
            foreach (var text in new[] { "rộng 1", "rộng 2", "fail: rộng 3", "rộng 4", "rộng 5" })
                await outbox.AddAsync(OutboxTestModule.WideTopic, new Ping(text));
            await outbox.AddAsync(OutboxTestModule.FarTopic, new Ping("xa, sau cùng"));
            await unitOfWork.CommitAsync();
            return 0;
        });

        Assert.True(await Eventually.TrueAsync(() => module.WideInFlight == OutboxTestModule.WideConcurrency));
        Assert.Empty(module.Handled);
        module.WideGate.SetResult();
        Assert.True(await Eventually.TrueAsync(() => module.Handled.Contains("xa, sau cùng")));
        Assert.Equal(["rộng 1", "rộng 2", "rộng 4", "rộng 5"], module.Handled.SkipLast(1).Order(StringComparer.Ordinal));
        Assert.Equal("xa, sau cùng", module.Handled.Last());
        var failed = Assert.Single(await server.Get<OutboxDispatcher>().ListAsync(tenant, CancellationToken.None));
        Assert.Contains("rộng 3", failed.LastError);
    }

    [Fact]
    public async Task A_message_left_pending_by_a_crash_is_replayed_when_the_restarted_server_activates_the_tenant()
    {
        await using var first = await PortalTestServer.StartAsync(demoTenants: false, settings: NoSweep);
        first.Get<TenantHost>().Release(Tenant);
        // What a crash between the commit and the dispatch leaves: the row, committed, never handled.
        TenantStores.Execute(first, Tenant, """
            INSERT INTO "OutboxMessages" ("Topic", "Payload", "CreatedUtc", "Attempts", "NextAttemptUtc", "LastError")
            VALUES ('tests.ping', '{"text":"còn chờ"}', '2000-01-01 00:00:00', 0, '2000-01-01 00:00:00', '')
            """);
        var copy = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        DataFolders.Copy(first.DataFolder, copy);

        var module = new OutboxTestModule();
        await using var restarted = await PortalTestServer.StartAsync(demoTenants: false, dataFolder: copy, settings: NoSweep,
            extraModules: [module], sharedDatabase: first.Database);
        await restarted.Get<TenantHost>().ActivateAsync(Tenant);

        Assert.True(await Eventually.TrueAsync(() => module.Handled.Contains("còn chờ")));
    }
}
