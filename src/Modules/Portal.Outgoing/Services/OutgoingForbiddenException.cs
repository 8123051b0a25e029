namespace Portal.Outgoing.Services;

/// <summary>A step the person may not take on a document they can see: a 403 with the reason in Vietnamese.</summary>
public sealed class OutgoingForbiddenException(string message) : Exception(message);
