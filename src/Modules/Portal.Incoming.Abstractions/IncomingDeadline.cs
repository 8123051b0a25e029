namespace Portal.Incoming;

/// <summary>
/// Raised through the outbox, once a day, for a document being handled whose deadline is near (within three working
/// days) or has passed in working time: its id, the deadline, which of the two, and when (UTC).
/// </summary>
public sealed record IncomingDeadline(int DocumentId, DateOnly Deadline, bool Passed, DateTime AtUtc)
{
    public const string Topic = "incoming.deadline";
}
