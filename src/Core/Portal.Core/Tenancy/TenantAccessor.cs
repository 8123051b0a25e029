namespace Portal.Core.Tenancy;

/// <summary>Flows the tenant with the async call chain, so requests and background work alike know it.</summary>
internal sealed class TenantAccessor : ITenantAccessor
{
    private static readonly AsyncLocal<TenantContext?> CurrentTenant = new();

    public TenantContext? Current
    {
        get => CurrentTenant.Value;
        set => CurrentTenant.Value = value;
    }
}
