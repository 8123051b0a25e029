namespace Portal.Signing;

/// <summary>Verifies every signature of a PDF against the agency's trusted CAs and revocation lists; one verdict per signature.</summary>
public interface IPdfSignatureVerifier
{
    IReadOnlyList<SignatureVerdict> Verify(byte[] pdf, ISignatureTrust trust);
}
