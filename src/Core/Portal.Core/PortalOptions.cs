namespace Portal.Core;

/// <summary>Host-wide settings (section "Portal" of appsettings, or PORTAL_* environment variables).</summary>
public sealed class PortalOptions
{
    /// <summary>Root of App_Data: host database, Sites/{tenant}/ folders, certificates.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>"Sqlite" (embedded default) or "Postgres".</summary>
    public string DatabaseProvider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    /// <summary>Folder with the recipe files.</summary>
    public string RecipesFolder { get; set; } = "recipes";

    /// <summary>A tenant with no request for this long is released.</summary>
    public TimeSpan TenantIdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    public TimeSpan TenantIdleSweep { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most tenants active at once: activating one more first releases the least recently used idle ones. Unset:
    /// derived from the process's open-file limit (<see cref="Tenancy.ActiveTenantLimit"/>).
    /// </summary>
    public int? MaxActiveTenants { get; set; }

    /// <summary>How long an activation waits for a slot when every active tenant is busy, before the request answers 503.</summary>
    public TimeSpan TenantSlotWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often pending outbox messages of the active tenants are retried (they also run after each commit and at activation).</summary>
    public TimeSpan OutboxSweep { get; set; } = TimeSpan.FromSeconds(30);

    public string SitesFolder => Path.Combine(DataFolder, "Sites");
}
