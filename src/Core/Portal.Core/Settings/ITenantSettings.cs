namespace Portal.Core.Settings;

/// <summary>The current tenant's settings, written by recipes and by the tenant admin.</summary>
public interface ITenantSettings
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    Task SetAsync(string key, string value, CancellationToken cancellationToken = default);
}
