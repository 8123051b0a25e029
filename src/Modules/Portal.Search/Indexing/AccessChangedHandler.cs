using Portal.Access;
using Portal.Core.Outbox;

namespace Portal.Search.Indexing;

/// <summary>Writes a document's access list into its entry again when someone was put on or taken off it.</summary>
internal sealed class AccessChangedHandler(SearchIndexes indexes, IndexBuilder builder) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var change = message.Read<AccessChanged>();
        await builder.UpdateAsync(await indexes.OpenAsync(cancellationToken), change.Kind, change.Id, cancellationToken);
    }
}
