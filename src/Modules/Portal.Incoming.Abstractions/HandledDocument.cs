using Portal.Access;

namespace Portal.Incoming;

/// <summary>A document marked "Đã xử lý" in the period: its lead handler, the working days from registration to done, and whether it met its deadline.</summary>
public sealed record HandledDocument(int Id, SecrecyLevel Level, string? LeadUserId, string LeadName, int WorkingDays, bool Late);
