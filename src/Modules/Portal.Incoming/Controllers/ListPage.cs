using Portal.Incoming.Services;

namespace Portal.Incoming.Controllers;

/// <summary>One list of incoming documents with the counts of every list, all from the documents the person may open.</summary>
public sealed record ListPage(WorkView View, IReadOnlyList<DocumentRow> Rows, int Total, int Page, IReadOnlyDictionary<WorkView, int> Counts)
{
    public int Pages => Math.Max(1, (Total + IncomingQueries.PageSize - 1) / IncomingQueries.PageSize);
}
