using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Incoming.Services;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// Fills the demo department with documents quickly: the same registration service the API calls,
/// in-process (no HTTP), a fresh scope per document as a request has, four at a time.
/// </summary>
public sealed class RegistrationSeed(PortalTestServer server)
{
    private const int Workers = 4;

    public async Task<int> RunAsync(int count, List<string> errors)
    {
        if (count == 0)
            return 0;
        var host = server.Get<TenantHost>();
        var tenant = (await host.EnterAsync(DemoAccounts.Department, CancellationToken.None))!;
        try
        {
            var clerk = await host.RunAsync(tenant, async services =>
                (await services.GetRequiredService<IAccountDirectory>().ListAsync()).Single(a => a.UserName == DemoAccounts.Clerk));
            var actor = Actor.Of(Principal(clerk));
            var next = -1;
            var done = 0;
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    await host.RunAsync(tenant, services =>
                        services.GetRequiredService<IncomingRegistration>().RegisterAsync(actor, IncomingDocuments.Input(i, "SEED"), CancellationToken.None));
                    if (Interlocked.Increment(ref done) % 10_000 == 0)
                        Console.WriteLine($"incoming: {done}/{count} seeded");
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
            TenantHost.Exit(tenant);
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
    ], "benchmark", ClaimTypes.Name, ClaimTypes.Role));
}
