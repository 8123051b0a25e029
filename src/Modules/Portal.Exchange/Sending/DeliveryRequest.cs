namespace Portal.Exchange.Sending;

/// <summary>The outbox message that carries one envelope to its recipient: its id only.</summary>
internal sealed record DeliveryRequest(Guid EnvelopeId);
