namespace Portal.Exchange;

/// <summary>Why a received envelope is not accepted; each reason has its sentence in <see cref="EnvelopeException"/>.</summary>
public enum EnvelopeRefusal
{
    /// <summary>The header, the wrapped key or the content is not what the sender signed.</summary>
    Tampered,

    /// <summary>Signed and intact, but addressed to another agency.</summary>
    WrongRecipient,

    /// <summary>The sending agency is not in the directory, so its signature cannot be checked.</summary>
    UnknownSender,
}
