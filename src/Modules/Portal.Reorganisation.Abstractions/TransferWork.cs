namespace Portal.Reorganisation;

/// <summary>
/// One source's move into the target: the reorganisation's id, the tenants' names, the source's place among the sources
/// (0, 1, …: it names copies such as a closed register's), who approved it, and the source's files.
/// </summary>
public sealed record TransferWork(Guid ReorganisationId, string Source, int SourceIndex, string Target, string ApprovedBy, ISourceFiles Files)
{
    /// <summary>What a moved row keeps of where it came from ("{source}:{id}"), so importing it again finds it.</summary>
    public string Origin(string sourceId) => $"{Source}:{sourceId}";
}
