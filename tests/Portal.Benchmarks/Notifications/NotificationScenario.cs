using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Identity.Models;
using Portal.Incoming;
using Portal.Notifications.Models;
using Portal.Testing;

namespace Portal.Benchmarks.Notifications;

/// <summary>
/// ./portal bench --scenario notifications [--people N] [--rounds N]: one incoming document of the demo department
/// reaches N people (default 500) named for information. Measured, each round: Notifications' handler of the
/// document's "assigned" message run alone (time, database commands, bytes allocated, working set), and the same
/// message through the outbox from commit until every notice is written.
/// </summary>
public static class NotificationScenario
{
    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var people = args.Contains("--people") ? options.People : 500;
        var rounds = args.Contains("--rounds") ? options.Rounds : 5;
        var errors = new List<string>();
        await using var server = await BenchServer.StartAsync(options);
        if (await new RegistrationSeed(server).RunAsync(1, errors) != 1)
            return Fail(errors);
        var host = server.Get<TenantHost>();
        var tenant = (await host.EnterAsync(DemoAccounts.Department, CancellationToken.None))!;
        try
        {
            var started = Stopwatch.GetTimestamp();
            await host.RunAsync(tenant, services => ReachAsync(services, people));
            Console.WriteLine($"notifications: {people} people on document 1's list in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
            await DrainedAsync(host, tenant);
            using var queries = new QueryCounter();
            var direct = new List<object>();
            var throughOutbox = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                direct.Add(await HandlerAloneAsync(host, tenant, queries, people, round, errors));
                throughOutbox.Add(await ThroughOutboxAsync(host, tenant, people, round, errors));
            }
            var report = new
            {
                benchmark = "notifications",
                dateUtc = DateTime.UtcNow,
                command = "./portal bench " + string.Join(' ', args),
                machine = TenantBenchReport.MachineText(),
                database = TestDatabase.RequestedProvider,
                people,
                handler = direct,
                outboxMs = LatencyStats.Of(throughOutbox, 0),
                errors,
            };
            Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
            Console.WriteLine($"written to {ResultsFile.Write("notifications.json", report)}");
            return errors.Count == 0 ? 0 : 1;
        }
        finally
        {
            host.Exit(tenant);
        }
    }

    /// <summary>N accounts cleared Mật (no password: nobody signs in), each put on document 1's list for information, in one transaction.</summary>
    private static async Task<bool> ReachAsync(IServiceProvider services, int people)
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var access = services.GetRequiredService<IAccessList>();
        await services.GetRequiredService<ITenantUnitOfWork>().InTransactionAsync(async () =>
        {
            for (var i = 1; i <= people; i++)
            {
                var user = new PortalUser
                {
                    UserName = $"nhan{i:0000}", FullName = $"Người nhận {i}", Position = "Chuyên viên", Clearance = Clearance.Mat,
                    CreatedUtc = DateTime.UtcNow,
                };
                var created = await users.CreateAsync(user);
                if (!created.Succeeded)
                    throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
                await users.AddToRoleAsync(user, Roles.Officer);
                await access.AddAsync(new AccessEntrySpec(Document, user.Id, AccessPosition.ForInformation));
            }
        });
        return true;
    }

    /// <summary>The handler of one "assigned" message run alone in a scope of its own, as the dispatcher runs it.</summary>
    private static async Task<object> HandlerAloneAsync(TenantHost host, TenantContext tenant, QueryCounter queries, int people, int round,
        List<string> errors)
    {
        var message = new IncomingMoved(1, "assigned", DateTime.UtcNow.AddTicks(round));
        var envelope = new OutboxEnvelope(-round, IncomingMoved.Topic, JsonSerializer.Serialize(message), 0);
        var before = await NoticesAsync(host, tenant);
        GC.Collect();
        var commands = queries.Count;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        await host.RunAsync(tenant, async services =>
        {
            foreach (var route in services.GetServices<OutboxRoute>().Where(r => r.Topic == IncomingMoved.Topic && tenant.HasFeature(r.FeatureId)))
                await route.Create(services).HandleAsync(envelope, CancellationToken.None);
            return true;
        });
        var ms = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
        var result = new
        {
            ms,
            queries = queries.Count - commands,
            allocatedMegabytes = Math.Round((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0, 2),
            workingSetMegabytes = Math.Round(Environment.WorkingSet / 1048576.0, 0),
        };
        var written = await NoticesAsync(host, tenant) - before;
        if (written != people)
            errors.Add($"round {round}: the handler wrote {written} notices, not {people}");
        Console.WriteLine($"notifications: handler alone, round {round}: {result.ms} ms, {result.queries} queries, " +
                          $"{result.allocatedMegabytes} MB allocated, working set {result.workingSetMegabytes} MB, {written} notices");
        return result;
    }

    /// <summary>Milliseconds from the commit of an "assigned" message until the outbox worker has written every notice.</summary>
    private static async Task<double> ThroughOutboxAsync(TenantHost host, TenantContext tenant, int people, int round, List<string> errors)
    {
        var before = await NoticesAsync(host, tenant);
        var started = Stopwatch.GetTimestamp();
        await host.RunAsync(tenant, async services =>
        {
            await services.GetRequiredService<ITenantUnitOfWork>().InTransactionAsync(() => services.GetRequiredService<IOutbox>()
                .AddAsync(IncomingMoved.Topic, new IncomingMoved(1, "assigned", DateTime.UtcNow.AddTicks(1000 + round)), CancellationToken.None));
            return true;
        });
        while (await NoticesAsync(host, tenant) - before < people && Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(2))
            await Task.Delay(5);
        var ms = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
        if (await NoticesAsync(host, tenant) - before != people)
            errors.Add($"round {round}: the outbox did not write {people} notices within two minutes");
        Console.WriteLine($"notifications: through the outbox, round {round}: {ms} ms");
        return ms;
    }

    private static Task<int> NoticesAsync(TenantHost host, TenantContext tenant) =>
        host.RunAsync(tenant, services => services.GetRequiredService<NotificationsDb>().Notifications.CountAsync());

    /// <summary>Waits until the outbox has handled the set-up's messages (one per access-list entry), so the rounds run alone.</summary>
    private static async Task DrainedAsync(TenantHost host, TenantContext tenant)
    {
        while (await host.RunAsync(tenant, services => services.GetRequiredService<OutboxDb>().Messages.CountAsync(m => m.FailedUtc == null)) > 0)
            await Task.Delay(100);
    }

    private static ResourceRef Document => new(IncomingFeature.Kind, 1.ToString(CultureInfo.InvariantCulture));

    private static int Fail(List<string> errors)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, errors));
        return 1;
    }
}
