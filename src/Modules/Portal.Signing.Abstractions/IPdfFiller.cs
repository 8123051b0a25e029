namespace Portal.Signing;

/// <summary>
/// Writes text into blanks left on a signed page (the number and date the clerk gives after the signer
/// signed) as an incremental update: the signed bytes stay as they were, so every earlier signature
/// still verifies and the update is visible to any verifier as bytes appended after it.
/// </summary>
public interface IPdfFiller
{
    /// <summary>The file with the texts drawn on the page; throws <see cref="SigningException"/> (Vietnamese message) when it cannot.</summary>
    byte[] Fill(byte[] pdf, int page, IReadOnlyList<FilledText> texts);
}
