namespace Portal.Core.Tenancy;

/// <summary>Lets a module that keeps per-tenant state outside the tenant's store forget it when the store is dropped.</summary>
public interface ITenantStoreEvents
{
    Task DroppedAsync(string tenantName, CancellationToken cancellationToken);
}
