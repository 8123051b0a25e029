namespace Portal.Incoming;

/// <summary>
/// The registration form's values as text, exactly as the form would post them (checked by the same rules):
/// level "mat" or "toi-mat", urgency "", "khan", "thuong-khan" or "hoa-toc", dates "yyyy-MM-dd".
/// </summary>
public sealed record IncomingDraft
{
    public string? Book { get; init; }
    public string? ArrivedAt { get; init; }
    public string? Sender { get; init; }
    public string? NumberSymbol { get; init; }
    public string? DocumentDate { get; init; }
    public string? DocumentType { get; init; }
    public string? Subject { get; init; }
    public string? Level { get; init; }
    public string? Urgency { get; init; }
    public string? PageCount { get; init; }
    public string? CopyCount { get; init; }
    /// <summary>The protection period in years written on the document, when it states a shorter one than the law's.</summary>
    public string? ProtectionYears { get; init; }
    public string? Deadline { get; init; }
    public string? Notes { get; init; }
    public string? DuplicateReason { get; init; }
}
