namespace Portal.Signing;

/// <summary>
/// What one signature says besides the bytes it covers: its field name (unique in the document), the
/// signer's name as shown by readers, the reason and place, the claimed time, and where it is drawn.
/// </summary>
public sealed record SignatureRequest(string FieldName, string SignerName, DateTimeOffset Time)
{
    public string? Reason { get; init; }
    public string? Location { get; init; }

    /// <summary>Where the visible signature block goes; null signs without a visible block.</summary>
    public SignatureBox? Box { get; init; }
}
