namespace Portal.Signing;

/// <summary>What a verification found, worst first: a person needs the reason, not just "invalid".</summary>
public enum SignatureState
{
    Tampered,
    UnknownSigner,
    Revoked,
    Expired,
    Valid,
}
