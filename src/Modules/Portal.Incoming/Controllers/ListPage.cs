using Portal.Incoming.Services;

namespace Portal.Incoming.Controllers;

/// <summary>One list of incoming documents with the counts of every list, all from the documents the person may open, and the file each row's thumbnail is of.</summary>
public sealed record ListPage(WorkView View, IReadOnlyList<DocumentRow> Rows, int Total, int Page, IReadOnlyDictionary<WorkView, int> Counts,
    IReadOnlyDictionary<int, Guid> Thumbnails)
{
    public int Pages => Math.Max(1, (Total + IncomingQueries.PageSize - 1) / IncomingQueries.PageSize);
}
