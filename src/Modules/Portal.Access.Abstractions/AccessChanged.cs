namespace Portal.Access;

/// <summary>
/// The outbox message the access list adds, in the change's transaction, when someone is put on (<see cref="Added"/>)
/// or taken off a resource's list, with the person and their position (messages written before these were added
/// read as null).
/// </summary>
public sealed record AccessChanged(string Kind, string Id, string? UserId = null, AccessPosition? Position = null, bool Added = false)
{
    public const string Topic = "access.changed";
}
