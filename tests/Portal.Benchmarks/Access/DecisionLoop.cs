using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Tenancy;

namespace Portal.Benchmarks;

/// <summary>
/// IAccessCheck.DecideAsync in a Stopwatch loop, each call in a fresh tenant scope from TenantHost.RunAsync
/// (as a request has: new DbContexts, a pooled connection opened); only the call itself is timed. Calls of
/// every kind are interleaved at random.
/// </summary>
public static class DecisionLoop
{
    public static async Task<Dictionary<InProcessCall, List<double>>> RunAsync(
        TenantHost host, AccessDocuments documents, int perKind, Random random, List<string> errors)
    {
        var tenant = (await host.ActivateAsync(documents.Tenant))!;
        var order = Enum.GetValues<InProcessCall>().SelectMany(call => Enumerable.Repeat(call, perKind)).ToArray();
        random.Shuffle(order);
        var times = Enum.GetValues<InProcessCall>().ToDictionary(call => call, _ => new List<double>(perKind));
        foreach (var call in order)
        {
            var id = call switch
            {
                InProcessCall.DecideAllowed or InProcessCall.AuditAppendAlone => documents.Allowed[random.Next(documents.Allowed.Count)],
                InProcessCall.DecideForbidden => documents.Forbidden[random.Next(documents.Forbidden.Count)],
                _ => AccessDocuments.NewId(),
            };
            var (ms, decision) = await host.RunAsync(tenant, services => TimeAsync(services, documents, call, id));
            var expected = call is InProcessCall.DecideAllowed or InProcessCall.AuditAppendAlone ? AccessDecision.Allowed : AccessDecision.Hidden;
            if (decision == expected)
                times[call].Add(ms);
            else if (errors.Count < 20)
                errors.Add($"in-process {call} {id}: {decision}");
        }
        return times;
    }

    private static async Task<(double Ms, AccessDecision Decision)> TimeAsync(
        IServiceProvider services, AccessDocuments documents, InProcessCall call, string id)
    {
        var resource = new ResourceRef(BenchDocuments.Kind, id);
        if (call == InProcessCall.AuditAppendAlone)
        {
            var audit = services.GetRequiredService<IAuditTrail>();
            var auditClock = Stopwatch.StartNew();
            await audit.RecordAsync(new AuditRecord(AuditActions.AccessDecision, AuditOutcome.Succeeded, resource.Kind, id, "Xem"));
            return (auditClock.Elapsed.TotalMilliseconds, AccessDecision.Allowed);
        }
        var check = services.GetRequiredService<IAccessCheck>();
        var clock = Stopwatch.StartNew();
        var decision = await check.DecideAsync(documents.User, resource, ResourceOperation.Read);
        return (clock.Elapsed.TotalMilliseconds, decision);
    }
}
