using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>A register line before it is cut into the book's columns: its number, the document, and the hand-over it records or last had.</summary>
internal sealed record RegisterEntry(int Year, int Number, IncomingDocument Document, IncomingHandOver? HandOver);
