namespace Portal.Oversight.Publishing;

/// <summary>The outbox payload: only why and when it was asked.</summary>
internal sealed record PublishRequest(string Reason, DateTime AskedUtc);
