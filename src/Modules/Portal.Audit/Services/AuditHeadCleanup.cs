using Portal.Core.Tenancy;

namespace Portal.Audit.Services;

/// <summary>A dropped store (a failed set-up) takes its chain head with it, so the name can be set up again.</summary>
internal sealed class AuditHeadCleanup(AuditHeadStore heads) : ITenantStoreEvents
{
    public Task DroppedAsync(string tenantName, CancellationToken cancellationToken)
    {
        heads.Forget(tenantName);
        return Task.CompletedTask;
    }
}
