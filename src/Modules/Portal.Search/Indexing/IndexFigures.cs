using Portal.Oversight;

namespace Portal.Search.Indexing;

/// <summary>
/// The index's health for the central office: documents in the committed index against the documents the modules hold
/// (the source of truth). Equal when healthy; a gap that lasts means the index needs a rebuild (`./portal index rebuild`).
/// </summary>
internal sealed class IndexFigures(SearchIndexes indexes, IndexBuilder builder) : IFigureSource
{
    public string FeatureId => SearchFeature.Id;

    public async Task AddToAsync(FigureSheet sheet, CancellationToken cancellationToken)
    {
        var index = await indexes.OpenAsync(cancellationToken);
        var searcher = index.Acquire();
        try
        {
            sheet.Counts[FigureKeys.IndexedDocuments] = searcher.IndexReader.NumDocs;
        }
        finally
        {
            index.Release(searcher);
        }
        var held = 0L;
        foreach (var source in builder.Sources())
            held += await source.CountAsync(cancellationToken);
        sheet.Counts[FigureKeys.SearchableDocuments] = held;
    }
}
