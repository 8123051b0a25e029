namespace Portal.Exchange.Receiving;

/// <summary>The outbox message that sends one status back to an envelope's sender: the code, when, and a note.</summary>
internal sealed record StatusRequest(string SenderCode, Guid EnvelopeId, string Code, DateTime AtUtc, string Note);
