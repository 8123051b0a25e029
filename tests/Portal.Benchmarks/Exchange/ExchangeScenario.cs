using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Diagnostics;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Identity.Services;
using Portal.Testing;

namespace Portal.Benchmarks.Exchange;

/// <summary>
/// ./portal bench --scenario exchange [--tenants N] [--disabled K]: N communes from the commune recipe (each publishes its
/// keys to the central office's directory), the last K disabled, all released so every one is cold; the central office
/// issues one document and its clerk sends it to "tat-ca" over the real HTTP endpoints, as the Government Office does.
/// Timed: the send request, until every running recipient's envelope is accepted (activated lazily by it) and its 01 is
/// back, with the pace every 10 s; memory after a full collection before and after, and the peak. The disabled ones are
/// looked at as the sender sees them once the others are done, enabled again, and timed until theirs arrive too.
/// </summary>
public static class ExchangeScenario
{
    private static readonly TimeSpan Stall = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
        Environment.SetEnvironmentVariable("PORTAL_TEST_DATABASE_PREFIX", "portal_bench_");
        var folder = options.Data ?? Path.Combine(Path.GetTempPath(), $"portal-bench-exchange-{options.Tenants}");
        BenchFolder.Prepare(folder, options.Reuse);
        var server = await PortalTestServer.StartAsync(demoTenants: true, dataFolder: folder);
        try
        {
            return await RunAsync(server, options, args, folder);
        }
        finally
        {
            // Not DisposeAsync, which deletes the data folder: --reuse goes on from the communes made so far.
            await PhaseHost.StopAsync(server);
        }
    }

    private static async Task<int> RunAsync(PortalTestServer server, BenchOptions options, IReadOnlyList<string> args, string folder)
    {
        var loadBefore = MachineLoad.OneMinute();
        var (created, createSeconds) = await ExchangeCommunes.PrepareAsync(server, options);
        Console.WriteLine($"exchange: {created} communes created in {createSeconds:0.0} s");

        if (options.Reuse)
            await ForgetAuthenticatorsAsync(server);
        var (id, clerk) = await CentralOfficeDocument.IssueAsync(server);
        var host = server.Get<TenantHost>();
        foreach (var tenant in host.ActiveTenants.Where(t => BenchTenants.IsBenchTenant(t.Name)).ToList())
            host.Release(tenant.Name);
        var before = MemoryProbe.Take(server);
        var disabledNames = ExchangeCommunes.Disabled(options).ToList();
        var disabledCodes = disabledNames.Select(n => BenchTenants.Creation(int.Parse(n[BenchTenants.Prefix.Length..])).AgencyCode).ToHashSet();

        var clock = Stopwatch.StartNew();
        var send = SendAsync(server, clerk, id, clock);
        var timeline = new List<ExchangeProgressSample>();
        double? delivered = null, acknowledged = null, enabledAt = null, disabledDelivered = null, disabledAcknowledged = null;
        DisabledRecipients? disabled = null;
        var peak = 0.0;
        var tenants = new ActiveTenantPeaks(host, Path.Combine(server.DataFolder, "Sites"));
        var limit = Stall;
        var stalled = Stopwatch.StartNew();
        var last = -1;
        BroadcastCounts counts;
        while (true)
        {
            if (send.IsFaulted)
                await send;
            counts = await BroadcastCounts.OfAsync(host, id, disabledCodes);
            var now = clock.Elapsed.TotalSeconds;
            var rss = MemoryProbe.MiB(ProcessFacts.ResidentBytes());
            peak = Math.Max(peak, rss);
            tenants.Sample();
            if (timeline.Count == 0 || now >= timeline[^1].Seconds + 10)
                timeline.Add(new ExchangeProgressSample(Math.Round(now, 1), counts.RunningDelivered, counts.RunningAcknowledged, rss));
            if (counts.Running > 0 && delivered is null && counts.RunningDelivered == counts.Running)
                delivered = now;
            if (counts.Running > 0 && acknowledged is null && counts.RunningAcknowledged == counts.Running)
                acknowledged = now;
            if (acknowledged is { } done && counts.Disabled > 0 && enabledAt is null && now >= done + options.ReenableAfter)
            {
                disabled = await DisabledAsync(server, clerk, id, disabledCodes);
                foreach (var name in disabledNames)
                    await server.Get<TenantAdministration>().EnableAsync(name, CancellationToken.None);
                enabledAt = clock.Elapsed.TotalSeconds;
                // The next attempt of each waits out its backoff, then the outbox sweep picks it up.
                limit = Max(Stall, OutboxLimits.Backoff(disabled.MaxAttempts) + 2 * TimeSpan.FromSeconds(30));
                Console.WriteLine($"exchange: {disabled.OutboxMessages} envelopes of disabled recipients pending after {disabled.MinAttempts}–" +
                                  $"{disabled.MaxAttempts} attempts, shown as '{disabled.StateShown}' ({disabled.LastErrorShown}); enabled again");
            }
            if (enabledAt is { } enabled)
            {
                if (disabledDelivered is null && counts.DisabledDelivered == counts.Disabled)
                    disabledDelivered = now - enabled;
                if (disabledAcknowledged is null && counts.DisabledAcknowledged == counts.Disabled)
                    disabledAcknowledged = now - enabled;
            }
            if (acknowledged is not null && (counts.Disabled == 0 || disabledAcknowledged is not null) && send.IsCompleted)
                break;
            // Waiting to enable the disabled recipients again is no stall.
            if (counts.Progress != last || (acknowledged is not null && counts.Disabled > 0 && enabledAt is null))
                (last, stalled) = (counts.Progress, Stopwatch.StartNew());
            if (stalled.Elapsed > limit)
                break;
            await Task.Delay(500);
        }
        var sendSeconds = send.IsCompletedSuccessfully ? await send : (double?)null;
        var after = MemoryProbe.Take(server);
        var loadAfter = MachineLoad.OneMinute();
        var sealedBytes = Directory.EnumerateFiles(Path.Combine(server.DataFolder, "Sites", TenantRecord.DefaultName, "exchange", "sent"))
            .Sum(f => new FileInfo(f).Length);
        disabled ??= new DisabledRecipients(counts.Disabled, 0, null, null, 0, 0, 0, 0, null, null, null);
        var report = new ExchangeBenchReport("exchange", DateTime.UtcNow, ("./portal bench " + string.Join(' ', args)).TrimEnd(),
            TenantBenchReport.MachineText(), Storage.Describe(folder), server.Database.Provider, loadBefore, loadAfter, options.Tenants, created,
            Math.Round(createSeconds, 1), created == 0 ? null : Math.Round(created / createSeconds, 2), options.Parallelism,
            counts.Running + counts.Disabled, counts.Running, before.ActiveTenants, Round(sendSeconds), Round(delivered), Round(acknowledged),
            Rate(counts.RunningDelivered, delivered), Rate(counts.RunningAcknowledged, acknowledged), counts.RunningDelivered,
            counts.RunningAcknowledged, sealedBytes, before, after, peak, tenants.Figures(), timeline,
            disabled with { EnabledAtSeconds = Round(enabledAt), DeliveredAfterEnableSeconds = Round(disabledDelivered),
                AcknowledgedAfterEnableSeconds = Round(disabledAcknowledged) });
        Print(report);
        Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("exchange.json", report)}");
        return counts.RunningAcknowledged == counts.Running && counts.DisabledAcknowledged == counts.Disabled ? 0 : 1;
    }

    /// <summary>
    /// A reused folder's central office people enrolled their authenticators in an earlier run, whose keys (the test's
    /// authenticator app) went with that process: reset, so they enrol again as they sign in.
    /// </summary>
    private static async Task ForgetAuthenticatorsAsync(PortalTestServer server)
    {
        var host = server.Get<TenantHost>();
        var central = await host.ActivateAsync(TenantRecord.DefaultName)
            ?? throw new InvalidOperationException("The central office is not running.");
        await host.RunAsync(central, async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            foreach (var name in new[] { CentralOfficeDocument.Officer, CentralOfficeDocument.UnitHead, CentralOfficeDocument.Clerk, CentralOfficeDocument.Signer })
            {
                if (await users.FindByNameAsync(name) is { } user)
                    await services.GetRequiredService<UserAdministration>().ResetTwoFactorAsync(user.Id, CancellationToken.None);
            }
            return 0;
        });
    }

    /// <summary>The clerk's send, without the test client's 100 s limit: the request returns when its commit's outbox dispatch is done.</summary>
    private static async Task<double> SendAsync(PortalTestServer server, PortalClient clerk, int id, Stopwatch clock)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = clerk.Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan,
        };
        using var response = await http.PostAsJsonAsync($"api/exchange/outgoing/{id}", new { groups = new[] { "tat-ca" } });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"send: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The disabled recipients as the clerk's progress view shows them, and their delivery messages in the central office's outbox.</summary>
    private static async Task<DisabledRecipients> DisabledAsync(PortalTestServer server, PortalClient clerk, int id, IReadOnlySet<string> codes)
    {
        using var response = await clerk.GetAsync($"api/exchange/outgoing/{id}");
        var shown = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(r => codes.Contains(r.GetProperty("agencyCode").GetString()!) && r.GetProperty("deliveredUtc").ValueKind == JsonValueKind.Null)
            .ToList();
        var central = await server.Get<TenantHost>().ActivateAsync(TenantRecord.DefaultName);
        var messages = (await server.Get<OutboxDispatcher>().ListAsync(central!, CancellationToken.None))
            .Where(m => m.Topic == Portal.Exchange.Sending.ExchangeSending.DeliveryTopic).ToList();
        return new DisabledRecipients(codes.Count, shown.Count, shown.Count > 0 ? shown[0].GetProperty("state").GetString() : null,
            shown.Count > 0 ? shown[0].GetProperty("lastError").GetString() : null, messages.Count,
            messages.Count == 0 ? 0 : messages.Min(m => m.Attempts), messages.Count == 0 ? 0 : messages.Max(m => m.Attempts),
            messages.Count(m => m.FailedUtc is not null), null, null, null);
    }

    private static void Print(ExchangeBenchReport r)
    {
        Console.WriteLine($"exchange: {r.Recipients} envelopes ({r.RunningRecipients} to running agencies); send request {Text(r.SendRequestSeconds)}; " +
                          $"all delivered {Text(r.AllDeliveredSeconds)} ({r.EnvelopesPerSecond}/s); all acknowledged (01) {Text(r.AllAcknowledgedSeconds)} " +
                          $"({r.AcknowledgementsPerSecond}/s)");
        Console.WriteLine($"exchange: memory before {r.Before.RssMiB} MiB RSS / {r.Before.ManagedHeapMiB} MiB managed ({r.Before.ActiveTenants} active); " +
                          $"after {r.After.RssMiB} MiB RSS / {r.After.ManagedHeapMiB} MiB managed ({r.After.ActiveTenants} active); peak {r.PeakRssMiB} MiB RSS");
        Console.WriteLine($"exchange: at most {r.Tenants.ActivePeak} tenants active at once (cap {r.Tenants.MaxActive}); at most " +
                          $"{r.Tenants.DescriptorsPeak} descriptors open (limit {r.Tenants.OpenFileLimit}), then {r.Tenants.ActiveAtDescriptorsPeak} " +
                          $"tenants active holding {r.Tenants.DatabaseFilesAtDescriptorsPeak} database files ({r.Tenants.DatabaseFilesPerActiveTenant} each)");
        Console.WriteLine($"exchange: {r.Disabled.Count} disabled recipients: delivered {Text(r.Disabled.DeliveredAfterEnableSeconds)} and acknowledged " +
                          $"{Text(r.Disabled.AcknowledgedAfterEnableSeconds)} after being enabled again ({r.Disabled.GivenUp} given up by the outbox)");
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Text(double? seconds) => seconds is { } s ? $"{s} s" : "not reached";

    private static double? Round(double? seconds) => seconds is { } s ? Math.Round(s, 2) : null;

    private static double? Rate(int count, double? seconds) => seconds is > 0 ? Math.Round(count / seconds.Value, 2) : null;
}
