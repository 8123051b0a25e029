using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Search;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// A file attached to a document already in the register is sealed to its erasure key once the change is reported, so a
/// backup taken from then on holds it only as ciphertext whose key a destruction erases. Resolved per message, like the others.
/// </summary>
internal sealed class SealingHandler(IServiceProvider services) : IOutboxHandler
{
    public string Topic => DocumentChanged.Topic;

    public string FeatureId => SecretsFeature.Id;

    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var change = message.Read<DocumentChanged>();
        if (!int.TryParse(change.Id, out var documentId))
            return;
        var db = services.GetRequiredService<SecretsDb>();
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.DocumentKind == change.Kind && e.DocumentId == documentId, cancellationToken);
        if (entry is null)
            return;
        await services.GetRequiredService<ITenantUnitOfWork>().InTransactionAsync(async () =>
        {
            await services.GetRequiredService<SecretFiles>().SealAsync(entry, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }
}
