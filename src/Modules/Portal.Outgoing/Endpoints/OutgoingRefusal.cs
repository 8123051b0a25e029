namespace Portal.Outgoing.Endpoints;

/// <summary>A refused request: a code, the message in Vietnamese, and every problem found.</summary>
public sealed record OutgoingRefusal(string Code, string Message, IReadOnlyList<string> Errors);
