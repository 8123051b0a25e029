namespace Portal.Signing;

/// <summary>
/// Signs a PDF (PAdES baseline, CMS with SHA-256) by appending an incremental update, so the bytes
/// signed before stay as they were and every earlier signature still verifies. The caller checks who
/// may sign and records the signing in the audit trail.
/// </summary>
public interface IPdfSigner
{
    /// <summary>The signed file; throws <see cref="SigningException"/> (Vietnamese message) when the PDF cannot be signed.</summary>
    byte[] Sign(byte[] pdf, SignatureRequest request, ISigningKey key);
}
