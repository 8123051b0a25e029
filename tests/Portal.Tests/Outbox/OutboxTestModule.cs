using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Outbox;

namespace Portal.Tests.Outbox;

/// <summary>
/// Handlers of the topics "tests.ping" (after the commit) and "tests.far" (in the background lane, as a delivery to another
/// node: it waits until <see cref="FarNodeAnswers"/> is set) that note each payload handled; a payload starting with "fail" throws.
/// "tests.wide" is a background topic whose route lets <see cref="WideConcurrency"/> run at once: each waits for
/// <see cref="WideGate"/>, counted in <see cref="WideInFlight"/> meanwhile.
/// </summary>
public sealed class OutboxTestModule : IModuleStartup
{
    public const string Topic = "tests.ping";

    public const string FarTopic = "tests.far";

    public ModuleManifest Manifest { get; } = ModuleManifest.Single("Tests.Outbox", "Hộp thư đi (kiểm thử)", "Xử lý thông điệp kiểm thử.");

    public const string WideTopic = "tests.wide";

    public const int WideConcurrency = 3;

    private int _wideInFlight;

    public ConcurrentQueue<string> Handled { get; } = new();

    public TaskCompletionSource WideGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int WideInFlight => Volatile.Read(ref _wideInFlight);

    public TaskCompletionSource FarNodeAnswers { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutboxHandler(Topic, CoreModule.FeatureId, _ => new PingHandler(Handled, Task.CompletedTask));
        services.AddOutboxHandler(FarTopic, CoreModule.FeatureId, _ => new PingHandler(Handled, FarNodeAnswers.Task), OutboxLane.Background);
        services.AddOutboxHandler(WideTopic, CoreModule.FeatureId, _ => new PingHandler(Handled, WideAsync()), OutboxLane.Background, WideConcurrency);
    }

    private async Task WideAsync()
    {
        Interlocked.Increment(ref _wideInFlight);
        await WideGate.Task;
        Interlocked.Decrement(ref _wideInFlight);
    }

    private sealed class PingHandler(ConcurrentQueue<string> handled, Task answer) : IOutboxHandler
    {
        public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
        {
            await answer.WaitAsync(cancellationToken);
            var ping = message.Read<Ping>();
            if (ping.Text.StartsWith("fail", StringComparison.Ordinal))
                throw new InvalidOperationException("Không gửi được: " + ping.Text);
            handled.Enqueue(ping.Text);
        }
    }
}
