using System.Globalization;
using System.Text.Json;

namespace Portal.Reorganisation;

/// <summary>
/// One source's move into the target: the reorganisation's id, the tenants' names, the source's place among the sources
/// (0, 1, …: it names copies such as a closed register's), who approved it, the source's files, and in a split the
/// target's share (null in a merge: the target takes everything).
/// </summary>
public sealed record TransferWork(Guid ReorganisationId, string Source, int SourceIndex, string Target, string ApprovedBy, ISourceFiles Files,
    TransferShare? Share = null)
{
    /// <summary>Whether what this person holds (or the person) goes to this target; null (nobody) goes to a split's main successor.</summary>
    public bool Takes(string? userId) => Share?.Takes(userId) ?? true;

    /// <summary>A split: what a row names of another successor's (a filed document, an access entry) is left out here.</summary>
    public bool IsSplit => Share is not null;

    /// <summary>The occasion as the moved rows' audit texts name it: "khi sáp nhập", or "khi chia tách" in a split.</summary>
    public string Occasion => IsSplit ? "khi chia tách" : "khi sáp nhập";

    /// <summary>
    /// The occasion and where the source goes, for what is written once in the source (its closed books, its sealed chain):
    /// the merge's target, or a split's main successor (whichever successor's step happens to write it).
    /// </summary>
    public string Destination => Share is { } share ? $"khi chia tách, cơ quan kế thừa chính {share.Main}" : $"khi sáp nhập vào {Target}";

    /// <summary>What a moved row keeps of where it came from ("{source}:{id}"), so importing it again finds it.</summary>
    public string Origin(string sourceId) => $"{Source}:{sourceId}";

    /// <summary>An <see cref="Origin"/> as people read it: the source's id, then the agency in brackets ("12 (xa-a)").</summary>
    public static string Describe(string origin)
    {
        var colon = origin.LastIndexOf(':');
        return $"{origin[(colon + 1)..]} ({origin[..colon]})";
    }

    /// <summary>The batch's rows, read as <typeparamref name="T"/>, whose origins the target does not hold (<paramref name="held"/> of the origins asked).</summary>
    public async Task<List<T>> UnmovedAsync<T>(TransferBatch batch, Func<List<string>, Task<List<string?>>> held)
    {
        var present = (await held(batch.Rows.Select(r => Origin(r.SourceId)).ToList())).ToHashSet();
        return batch.Rows.Where(r => !present.Contains(Origin(r.SourceId))).Select(r => JsonSerializer.Deserialize<T>(r.Json)!).ToList();
    }

    /// <summary>The target's ids of those of the source's rows <paramref name="sourceIds"/> it holds, by source id (<paramref name="held"/>: id and origin of the origins asked).</summary>
    public async Task<IReadOnlyDictionary<int, int>> MovedAsync(IReadOnlyCollection<int> sourceIds, Func<List<string>, Task<List<(int Id, string Origin)>>> held)
    {
        var origins = sourceIds.ToDictionary(id => Origin(id.ToString(CultureInfo.InvariantCulture)));
        return (await held(origins.Keys.ToList())).ToDictionary(d => origins[d.Origin], d => d.Id);
    }
}
