using Portal.Access;

namespace Portal.Departure;

/// <summary>
/// One thing in a person's care: its access-check kind and id, how the register knows it (a number or a code, never its
/// subject, as the leader who reassigns it may not be on its access list), its level, what the person does with it, and
/// the roles a receiver needs (any of them; none means anyone cleared for the level).
/// </summary>
public sealed record CustodyItem(string Kind, string Id, string Name, SecrecyLevel Level, string Care, IReadOnlyList<string> ReceiverRoles)
{
    /// <summary>The item as the checklist's form names it, "incoming:12".</summary>
    public string Key => $"{Kind}:{Id}";
}
