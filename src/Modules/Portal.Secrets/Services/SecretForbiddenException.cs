namespace Portal.Secrets.Services;

/// <summary>The person sees the document but may not take this decision (a 403 with the reason).</summary>
public sealed class SecretForbiddenException(string message) : Exception(message);
