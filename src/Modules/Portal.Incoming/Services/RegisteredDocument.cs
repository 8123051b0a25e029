namespace Portal.Incoming.Services;

/// <summary>What a registration gives back: the document and its arrival number in the book and year.</summary>
public sealed record RegisteredDocument(int Id, string Book, int Year, int ArrivalNumber);
