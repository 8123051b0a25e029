namespace Portal.Incoming;

/// <summary>A registered incoming document and its arrival number in the book and year.</summary>
public sealed record IncomingRegistered(int DocumentId, string Book, int Year, int ArrivalNumber);
