using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Outbox;
using Portal.Incoming;

namespace Portal.Secrets.Services;

/// <summary>
/// A registered incoming secret document enters the register. The register is resolved only when a message is handled: the dispatcher builds every
/// handler for every message, and the register's store cannot be built in a tenant without the feature.
/// </summary>
internal sealed class IncomingRegisteredHandler(IServiceProvider services) : IOutboxHandler
{
    public string Topic => IncomingMoved.Topic;

    public string FeatureId => SecretsFeature.Id;

    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var moved = message.Read<IncomingMoved>();
        if (moved.Stage == "registered")
            await services.GetRequiredService<SecretRegister>().EnterAsync(IncomingFeature.Kind, moved.DocumentId, cancellationToken);
    }
}
