using Portal.Access;

namespace Portal.Registers;

/// <summary>
/// A copy about to be made: which document (its module's kind and id, and how the log names it: type,
/// number and symbol), its level, the form of the copy ("Tải về PDF", "Xem trên trình duyệt", "DOCX"), the
/// file copied if any, and who takes it. <see cref="Allowed"/> is the document's own limit, the copies it
/// may have in all (none: no limit); <see cref="Refusal"/> says why, in Vietnamese, when it is reached.
/// </summary>
public sealed record CopyRequest(string DocumentKind, int DocumentId, string Document, SecrecyLevel Level, string Form,
    string UserId, string UserName)
{
    public Guid? FileId { get; init; }

    public int? Allowed { get; init; }

    public string Refusal { get; init; } = "";
}
