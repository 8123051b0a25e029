namespace Portal.Incoming.Services;

/// <summary>The person sees the document but this step is not theirs (403); the message is Vietnamese, for them.</summary>
public sealed class NotYourStepException(string message) : Exception(message);
