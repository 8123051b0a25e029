using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenancy;

namespace Portal.Dossiers.Services;

/// <summary>Runs <see cref="HandOverWarnings"/> for every active tenant with dossiers, on the day its clock gives (Vietnam time).</summary>
public sealed class HandOverWatch(TenantHost host, TimeProvider clock, ILogger<HandOverWatch> logger) : TenantWatch(host, DossiersFeature.Id, logger)
{
    protected override Task WorkAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<HandOverWarnings>().RunAsync(DossierClock.Today(clock), cancellationToken);
}
