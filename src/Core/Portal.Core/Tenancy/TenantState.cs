namespace Portal.Core.Tenancy;

public enum TenantState
{
    Uninitialized = 0,
    Running = 1,
    Disabled = 2,
}
