namespace Portal.Core.Tenancy;

/// <summary>The tenant the current unit of work (a request, a job, a CLI command) runs for.</summary>
public interface ITenantAccessor
{
    TenantContext? Current { get; set; }

    TenantContext Required => Current ?? throw new InvalidOperationException("No tenant for this unit of work.");
}
