using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Outbox;
using Portal.Outgoing;

namespace Portal.Secrets.Services;

/// <summary>
/// An issued outgoing secret document enters the register. The register is resolved only when a message is handled: the dispatcher builds every
/// handler for every message, and the register's store cannot be built in a tenant without the feature.
/// </summary>
internal sealed class OutgoingIssuedHandler(IServiceProvider services) : IOutboxHandler
{
    public string Topic => OutgoingIssued.Topic;

    public string FeatureId => SecretsFeature.Id;

    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        await services.GetRequiredService<SecretRegister>().EnterAsync(OutgoingFeature.Kind, message.Read<OutgoingIssued>().DocumentId, cancellationToken);
}
