using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Search;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// A file attached to a document already in the register is sealed to its erasure key once the change is reported, so a
/// backup taken from then on holds it only as ciphertext whose key a destruction erases.
/// </summary>
internal sealed class SealingHandler(SecretsDb db, SecretFiles files, ITenantUnitOfWork unitOfWork) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var change = message.Read<DocumentChanged>();
        if (!int.TryParse(change.Id, out var documentId))
            return;
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.DocumentKind == change.Kind && e.DocumentId == documentId, cancellationToken);
        if (entry is null)
            return;
        await unitOfWork.InTransactionAsync(async () =>
        {
            await files.SealAsync(entry, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }
}
