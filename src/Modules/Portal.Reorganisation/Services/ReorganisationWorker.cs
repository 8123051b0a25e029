using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenancy;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>
/// Runs the central office's running reorganisations: at start (what a kill interrupted resumes without anyone
/// asking), when one is approved or resumed, and every poll. One run by the CLI meanwhile holds its lease and is left to it.
/// </summary>
public sealed class ReorganisationWorker(TenantHost host, MergeRun run, ReorganisationSignal signal, IConfiguration configuration,
    ILogger<ReorganisationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(configuration.GetValue("Portal:Reorganisation:PollSeconds", 30));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var id in await RunningAsync(stoppingToken))
                    if ((await run.RunAsync(id, stoppingToken)).HeldBy is { } holder)
                        logger.LogInformation("Reorganisation {Id} is run by {Holder}; tried again at the next poll", id, holder);
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Reorganisation worker");
                await Task.Delay(poll, stoppingToken);
            }
        }
    }

    private async Task<IReadOnlyList<Guid>> RunningAsync(CancellationToken cancellationToken)
    {
        var central = await host.ActivateAsync(TenantRecord.DefaultName, cancellationToken);
        if (central is null || !central.Record.FeatureSet.Contains(ReorganisationFeature.Id))
            return [];
        return await host.RunAsync(central, async s => (IReadOnlyList<Guid>)await s.GetRequiredService<ReorganisationDb>().Reorganisations
            .Where(r => r.State == ReorganisationState.Running).OrderBy(r => r.ApprovedUtc).Select(r => r.Id).ToListAsync(cancellationToken));
    }
}
