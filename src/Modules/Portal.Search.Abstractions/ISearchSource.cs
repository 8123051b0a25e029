namespace Portal.Search;

/// <summary>
/// A module's searchable documents, read from its own tables (the source of truth): the index is fed
/// from here after each <see cref="DocumentChanged"/> message and rebuilt from here at any time.
/// </summary>
public interface ISearchSource
{
    /// <summary>The access-check kind of its documents (e.g. "incoming").</summary>
    string Kind { get; }

    /// <summary>What a result of this kind is called on the search page (e.g. "Văn bản đến").</summary>
    string Label { get; }

    /// <summary>The feature that owns the documents; a tenant without it has none of them.</summary>
    string FeatureId { get; }

    /// <summary>The document as it is now (fields, access list, level), without its text; null when it no longer exists.</summary>
    Task<SearchableDocument?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Its text (fields, notes, attachments' extracted text), decrypted for indexing or for a viewer's snippet.</summary>
    Task<string> TextAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every document's id, for a rebuild.</summary>
    IAsyncEnumerable<string> IdsAsync(CancellationToken cancellationToken);

    /// <summary>How many documents <see cref="IdsAsync"/> would give: what a whole index holds of this source.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}
