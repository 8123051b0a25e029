using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Outbox;

namespace Portal.Tests.Outbox;

/// <summary>A handler of the topic "tests.ping" that notes each payload it handled; a payload starting with "fail" throws.</summary>
public sealed class OutboxTestModule : IModuleStartup
{
    public const string Topic = "tests.ping";

    public ModuleManifest Manifest { get; } = ModuleManifest.Single("Tests.Outbox", "Hộp thư đi (kiểm thử)", "Xử lý thông điệp kiểm thử.");

    public ConcurrentQueue<string> Handled { get; } = new();

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddOutboxHandler(Topic, CoreModule.FeatureId, _ => new PingHandler(Handled));

    private sealed class PingHandler(ConcurrentQueue<string> handled) : IOutboxHandler
    {
        public Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
        {
            var ping = message.Read<Ping>();
            if (ping.Text.StartsWith("fail", StringComparison.Ordinal))
                throw new InvalidOperationException("Không gửi được: " + ping.Text);
            handled.Enqueue(ping.Text);
            return Task.CompletedTask;
        }
    }
}
