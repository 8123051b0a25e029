namespace Portal.Outgoing.Services;

/// <summary>
/// What the drafter writes and proposes: the type's code, subject, body (paragraphs separated by blank
/// lines), level ("mat" or "toi-mat"), urgency ("", "Khẩn", "Thượng khẩn", "Hỏa tốc"), recipients (one a
/// line), number of copies, whether copying is allowed, and a protection period in years to write on it when shorter than the
/// law's (empty for none). The signer decides them when signing.
/// </summary>
public sealed record DraftInput(string? Type, string? Subject, string? Body, string? Level, string? Urgency, IReadOnlyList<string>? Recipients,
    int CopyCount, bool CopyingAllowed, string? ProtectionYears = null);
