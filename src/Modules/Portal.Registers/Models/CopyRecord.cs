using Portal.Access;

namespace Portal.Registers.Models;

/// <summary>A line of the copy log (sổ quản lý sao, chụp): the copy number is the row's key, unique in the agency.</summary>
public sealed class CopyRecord
{
    public long Id { get; set; }
    public required string DocumentKind { get; set; }
    public int DocumentId { get; set; }
    public required string Document { get; set; }
    public SecrecyLevel Level { get; set; }
    public required string Form { get; set; }
    public Guid? FileId { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>For a line moved in by a merge: "{source}:{the copy's number there}", the number written on the copy.</summary>
    public string? Origin { get; set; }
}
