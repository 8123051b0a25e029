using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;

namespace Portal.Oversight.Publishing;

/// <summary>Asks a tenant to publish its figures, in the tenant's own scope (activating it if cold).</summary>
public sealed class FiguresAsking(TenantHost host)
{
    /// <summary>False when the tenant is not running (missing, disabled, not set up): nothing was asked.</summary>
    public async Task<bool> AskAsync(string tenantName, string reason, CancellationToken cancellationToken)
    {
        var tenant = await host.ActivateAsync(tenantName, cancellationToken);
        if (tenant is null || !tenant.HasFeature(OversightFeature.Id))
            return false;
        await AskAsync(tenant, reason, cancellationToken);
        return true;
    }

    public Task AskAsync(TenantContext tenant, string reason, CancellationToken cancellationToken) =>
        host.RunAsync(tenant, async services =>
        {
            await services.GetRequiredService<FiguresPublishing>().AskAsync(reason, cancellationToken);
            return true;
        });
}
