using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenancy;

namespace Portal.Notifications.Mail;

/// <summary>
/// Runs <see cref="MailDigestRun"/> for every active tenant at each quarter-hour tick; the run itself decides whether the
/// day's mail is due (a working day, working hours begun, not sent yet today).
/// </summary>
public sealed class MailDigestWatch(TenantHost host, ILogger<MailDigestWatch> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            foreach (var tenant in host.ActiveTenants.Where(t => t.HasFeature(NotificationsFeature.Id)))
                await RunAsync(tenant, stoppingToken);
    }

    /// <summary>One tenant's run now (tests call it): the mails sent, or null when it failed, to be tried again on the next tick.</summary>
    public async Task<int?> RunAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        try
        {
            return await host.RunAsync(tenant, services => services.GetRequiredService<MailDigestRun>().RunAsync(cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One tenant's trouble must not stop the others'; the admin's page shows the mail error.
            logger.LogError(e, "Daily notice mail of {Tenant} failed", tenant.Name);
            return null;
        }
    }
}
