using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenancy;

namespace Portal.Secrets.Services;

/// <summary>Runs <see cref="PeriodEnds"/> for every active tenant with the register, on the day its clock gives (Vietnam time).</summary>
public sealed class PeriodSweeper(TenantHost host, TimeProvider clock, ILogger<PeriodSweeper> logger) : TenantWatch(host, SecretsFeature.Id, logger)
{
    private readonly TenantHost _host = host;

    /// <summary>One active tenant's sweep: a test that sets the clock decades ahead must not end the periods of other tenants.</summary>
    public async Task SweepAsync(string tenantName, CancellationToken cancellationToken)
    {
        foreach (var tenant in _host.ActiveTenants.Where(t => t.Name == tenantName && t.HasFeature(SecretsFeature.Id)))
            await RunAsync(tenant, cancellationToken);
    }

    protected override Task WorkAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PeriodEnds>().RunAsync(SecretClock.Today(clock), cancellationToken);
}
