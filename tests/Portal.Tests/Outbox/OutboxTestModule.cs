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
/// </summary>
public sealed class OutboxTestModule : IModuleStartup
{
    public const string Topic = "tests.ping";

    public const string FarTopic = "tests.far";

    public ModuleManifest Manifest { get; } = ModuleManifest.Single("Tests.Outbox", "Hộp thư đi (kiểm thử)", "Xử lý thông điệp kiểm thử.");

    public ConcurrentQueue<string> Handled { get; } = new();

    public TaskCompletionSource FarNodeAnswers { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutboxHandler(Topic, CoreModule.FeatureId, _ => new PingHandler(Handled, Task.CompletedTask));
        services.AddOutboxHandler(FarTopic, CoreModule.FeatureId, _ => new PingHandler(Handled, FarNodeAnswers.Task), OutboxLane.Background);
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
