namespace Portal.Exchange.Recall;

/// <summary>The outbox message that carries a recall (13) of one envelope to its recipient.</summary>
internal sealed record RecallRequest(Guid EnvelopeId, DateTime AtUtc, string Reason);
