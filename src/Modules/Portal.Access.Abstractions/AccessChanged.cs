namespace Portal.Access;

/// <summary>The outbox message the access list adds, in the change's transaction, when someone is put on or taken off a resource's list.</summary>
public sealed record AccessChanged(string Kind, string Id)
{
    public const string Topic = "access.changed";
}
