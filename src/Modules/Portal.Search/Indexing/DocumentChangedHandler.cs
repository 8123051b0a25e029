using Portal.Core.Outbox;

namespace Portal.Search.Indexing;

/// <summary>Brings a document's entry up to date after its module reported a change; running twice writes the same entry.</summary>
internal sealed class DocumentChangedHandler(SearchIndexes indexes, IndexBuilder builder) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var change = message.Read<DocumentChanged>();
        await builder.UpdateAsync(await indexes.OpenAsync(cancellationToken), change.Kind, change.Id, cancellationToken);
    }
}
