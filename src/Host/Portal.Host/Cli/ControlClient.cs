using System.Net.Http.Json;
using Portal.Core.Diagnostics;
using Portal.Host.Security;

namespace Portal.Host.Cli;

/// <summary>Talks to the running server over loopback with the control token; every call is best effort (the server may not run).</summary>
public sealed class ControlClient(IConfiguration configuration)
{
    public async Task<TenantStatistics?> StatsAsync(CancellationToken cancellationToken)
    {
        using var http = Client();
        if (http is null)
            return null;
        try
        {
            return await http.GetFromJsonAsync<TenantStatistics>("/health/stats", cancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Tells the server to drop its cached copy of a tenant changed by the CLI, so the change holds at once.</summary>
    public async Task ReleaseAsync(string tenant, CancellationToken cancellationToken)
    {
        using var http = Client();
        if (http is null)
            return;
        try
        {
            using var response = await http.PostAsync("/health/release?tenant=" + Uri.EscapeDataString(tenant), null, cancellationToken);
        }
        catch (HttpRequestException)
        {
            // No server running: nothing cached to drop.
        }
    }

    private HttpClient? Client()
    {
        var token = ControlToken.Read(configuration["Portal:DataFolder"]!);
        if (token is null)
            return null;
        var http = new HttpClient { BaseAddress = new Uri(configuration["Portal:HttpUrl"]!), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add(ControlToken.Header, token);
        return http;
    }
}
