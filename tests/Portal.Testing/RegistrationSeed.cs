using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Incoming.Services;

namespace Portal.Testing;

/// <summary>
/// Fills an agency (the demo department unless told) with documents quickly, registered by its clerk: the same
/// registration service the API calls, in-process (no HTTP), a batch of documents per scope and transaction, one batch
/// at a time. Benchmarks time the API's registrations, not these; tests use it where they need thousands of documents.
/// </summary>
public sealed class RegistrationSeed(PortalTestServer server, string tenantName = DemoAccounts.Department)
{
    // One at a time: a batch holds the register's counter (PostgreSQL) or the write lock (SQLite) until it commits,
    // so parallel batches only wait on each other, and on SQLite past the busy timeout of a loaded machine.
    private const int Workers = 1;

    /// <summary>Documents registered in one transaction while seeding.</summary>
    private const int Batch = 100;

    public async Task<int> RunAsync(int count, List<string> errors)
    {
        if (count == 0)
            return 0;
        var host = server.Get<TenantHost>();
        var tenant = (await host.EnterAsync(tenantName, CancellationToken.None))!;
        try
        {
            var clerk = await host.RunAsync(tenant, async services =>
                (await services.GetRequiredService<IAccountDirectory>().ListAsync()).Single(a => a.UserName == DemoAccounts.Clerk));
            var actor = Actor.Of(Principal(clerk));
            var next = 0;
            var done = 0;
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
            {
                int first;
                while ((first = Interlocked.Add(ref next, Batch) - Batch) < count)
                {
                    var last = Math.Min(count, first + Batch);
                    // One transaction per batch (the registrations join it), so filling the tenant is not one commit per document.
                    await host.RunAsync(tenant, async services =>
                    {
                        var registration = services.GetRequiredService<IncomingRegistration>();
                        await services.GetRequiredService<ITenantUnitOfWork>().InTransactionAsync(async () =>
                        {
                            for (var i = first; i < last; i++)
                                await registration.RegisterAsync(actor, IncomingDocuments.Input(i, "SEED"), CancellationToken.None);
                        }, CancellationToken.None);
                        return true;
                    });
                    var total = Interlocked.Add(ref done, last - first);
                    if (total / 5_000 != (total - (last - first)) / 5_000)
                        Console.WriteLine($"incoming: {total}/{count} seeded");
                }
            })));
            return done;
        }
        catch (Exception e)
        {
            errors.Add($"seeding: {e.GetType().Name}: {e.Message}");
            return 0;
        }
        finally
        {
            host.Exit(tenant);
        }
    }

    /// <summary>The clerk as a session would carry them (the claims the registration reads).</summary>
    private static ClaimsPrincipal Principal(AccountSummary clerk) => new(new ClaimsIdentity(
    [
        new Claim(PortalClaims.UserId, clerk.UserId),
        new Claim(PortalClaims.UserName, clerk.UserName),
        new Claim(PortalClaims.FullName, clerk.FullName),
        new Claim(PortalClaims.Clearance, ((int)clerk.Clearance).ToString()),
        .. clerk.Roles.Select(r => new Claim(ClaimTypes.Role, r)),
    ], "seed", ClaimTypes.Name, ClaimTypes.Role));
}
