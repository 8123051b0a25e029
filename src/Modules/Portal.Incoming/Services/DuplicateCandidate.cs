namespace Portal.Incoming.Services;

/// <summary>An earlier entry of the register that may be the same document: shown to the clerk before saving.</summary>
public sealed record DuplicateCandidate(int Year, int ArrivalNumber, DateTime ArrivedUtc, string Sender, string NumberSymbol, DateOnly DocumentDate);
