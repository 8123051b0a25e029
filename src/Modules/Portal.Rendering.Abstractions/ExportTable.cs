namespace Portal.Rendering;

/// <summary>
/// A table to export: a title, the column headings, the rows (read once, as they are written, so a
/// large register never sits whole in memory), the classification mark for the top of the copy and a
/// note line such as who exported it and when.
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Columns, IAsyncEnumerable<IReadOnlyList<string?>> Rows)
{
    /// <summary>The classification mark ("MẬT", "TỐI MẬT") shown above the title and on every PDF page; none when null.</summary>
    public string? Mark { get; init; }

    /// <summary>A line under the title (and at the foot of every PDF page), e.g. "Xuất bởi … lúc …".</summary>
    public string? Note { get; init; }
}
