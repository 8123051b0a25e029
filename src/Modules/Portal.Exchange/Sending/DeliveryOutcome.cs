namespace Portal.Exchange.Sending;

/// <summary>What the receiving node answered: accepted (now or earlier), or refused for good with its reason.</summary>
public sealed record DeliveryOutcome(bool Accepted, string Message);
