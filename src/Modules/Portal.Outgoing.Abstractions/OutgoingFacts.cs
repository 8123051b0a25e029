namespace Portal.Outgoing;

/// <summary>An outgoing document's number and symbol (empty until issued) and subject.</summary>
public sealed record OutgoingFacts(int Id, string NumberSymbol, string Subject);
