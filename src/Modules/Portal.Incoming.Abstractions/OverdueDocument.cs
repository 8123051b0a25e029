using Portal.Access;

namespace Portal.Incoming;

/// <summary>
/// An open document past its deadline, with who holds it now: the lead handler once assigned, the leader while it
/// waits for direction. <see cref="WorkingDaysLate"/> counts the working days after the deadline up to today.
/// </summary>
public sealed record OverdueDocument(
    int Id,
    string NumberSymbol,
    string Sender,
    string Subject,
    SecrecyLevel Level,
    DateOnly Deadline,
    string State,
    string? HolderUserId,
    string HolderName,
    int WorkingDaysLate);
