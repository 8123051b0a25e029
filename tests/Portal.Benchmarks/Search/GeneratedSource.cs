using System.Globalization;
using System.Runtime.CompilerServices;
using Portal.Search;

namespace Portal.Benchmarks.Search;

/// <summary>The generated corpus as a module's search source, so the rebuild runs the module's own code path (without the database read).</summary>
public sealed class GeneratedSource(IReadOnlyList<(SearchableDocument Document, string Text)> documents) : ISearchSource
{
    public string Kind => "incoming";

    public string Label => "Văn bản đến";

    public string FeatureId => SearchFeature.Id;

    public Task<SearchableDocument?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult<SearchableDocument?>(documents[int.Parse(id, CultureInfo.InvariantCulture)].Document);

    public Task<string> TextAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(documents[int.Parse(id, CultureInfo.InvariantCulture)].Text);

    public async IAsyncEnumerable<string> IdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < documents.Count; i++)
            yield return i.ToString(CultureInfo.InvariantCulture);
        await Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(documents.Count);
}
