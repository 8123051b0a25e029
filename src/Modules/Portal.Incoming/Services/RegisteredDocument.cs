namespace Portal.Incoming.Services;

/// <summary>
/// What a registration gives back: the document and its arrival number in the book and year, and for an
/// envelope only its addressee may open, that person's name (the clerk who registered it cannot open it).
/// </summary>
public sealed record RegisteredDocument(int Id, string Book, int Year, int ArrivalNumber, string? SealedFor = null);
