namespace Portal.Search;

/// <summary>
/// The outbox message a module adds, in the transaction of the change, when a searchable document is
/// registered, changes state, or its access list or classification changes: ids only, never its text.
/// </summary>
public sealed record DocumentChanged(string Kind, string Id)
{
    public const string Topic = "document.changed";
}
