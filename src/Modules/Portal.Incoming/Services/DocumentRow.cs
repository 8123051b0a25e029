using Portal.Access;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>An incoming document as a list shows it.</summary>
public sealed record DocumentRow(int Id, int Year, int ArrivalNumber, DateTime ArrivedUtc, string Sender, string NumberSymbol,
    string DocumentType, string Subject, SecrecyLevel Level, Urgency Urgency, IncomingStatus Status, DateOnly? Deadline,
    bool AddresseeOnly, string LeadName);
