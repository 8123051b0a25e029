namespace Portal.Signing;

/// <summary>
/// One signature of a document as verified: its field, who signed (from the certificate), the time the
/// signer's software claimed, the state, and whether bytes were appended after it (an allowed
/// incremental update, such as the number and date or the agency's signature).
/// </summary>
public sealed record SignatureVerdict(string FieldName, string Signer, DateTimeOffset? ClaimedTime, SignatureState State, bool HasLaterAdditions,
    string Message)
{
    public bool IsValid => State == SignatureState.Valid;
}
