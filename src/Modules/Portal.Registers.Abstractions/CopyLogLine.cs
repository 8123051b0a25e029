using Portal.Access;

namespace Portal.Registers;

/// <summary>
/// One line of the copy log: the copy's number, when, which document and level, the form of the copy and who took it; a
/// line moved in by a merge has the <paramref name="Origin"/> "{source}:{number}", its number as written on the copy.
/// </summary>
public sealed record CopyLogLine(long Number, DateTime AtUtc, string DocumentKind, int DocumentId, string Document, SecrecyLevel Level,
    string Form, string UserName, string? Origin = null);
