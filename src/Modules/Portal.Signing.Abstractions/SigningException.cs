namespace Portal.Signing;

/// <summary>A document that cannot be signed, with the reason in Vietnamese for the person signing.</summary>
public sealed class SigningException(string message) : Exception(message);
