namespace Portal.Tests.Resilience;

/// <summary>A registration the server answered 201 Created to: it must be in the store, exactly so, after any crash.</summary>
public sealed record ConfirmedRegistration(int Id, int ArrivalNumber, string NumberSymbol);
