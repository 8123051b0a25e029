using Portal.Access;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>A registration whose every value has been checked.</summary>
public sealed record Registration(
    string? Book,
    DateTime ArrivedUtc,
    string Sender,
    string NumberSymbol,
    DateOnly DocumentDate,
    string DocumentType,
    string Subject,
    SecrecyLevel Level,
    Urgency Urgency,
    int PageCount,
    int CopyCount,
    int? ProtectionYears,
    DateOnly? Deadline,
    string Dossier,
    string Notes,
    bool AddresseeOnly,
    string? Addressee,
    string DuplicateReason);
