namespace Portal.Core.Diagnostics;

/// <summary>A snapshot of the tenant host: how many tenants exist, which are active, what the process holds.</summary>
public sealed record TenantStatistics(
    int Registered,
    int Active,
    int ActivePeak,
    int MaxActive,
    long ResidentBytes,
    long ManagedHeapBytes,
    int OpenDatabaseFiles,
    IReadOnlyList<ActiveTenant> ActiveTenants);

public sealed record ActiveTenant(string Name, DateTime LastAccessUtc, int ActiveRequests, int OpenDatabaseFiles);
