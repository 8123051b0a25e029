namespace Portal.Reorganisation;

/// <summary>
/// A split's share for one successor: each person of the source goes to the successor of their unit
/// (<see cref="SuccessorOf"/>, by user id); whatever belongs to nobody, or to a person of no unit, goes to the main one.
/// </summary>
public sealed record TransferShare(string Target, string Main, IReadOnlyDictionary<string, string> SuccessorOf)
{
    /// <summary>Whether what this person holds (or the person) goes to this share's target.</summary>
    public bool Takes(string? userId) => (userId is not null && SuccessorOf.TryGetValue(userId, out var successor) ? successor : Main) == Target;
}
