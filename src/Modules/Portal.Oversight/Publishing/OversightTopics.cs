namespace Portal.Oversight.Publishing;

internal static class OversightTopics
{
    /// <summary>"Publish your figures": the handler counts them at delivery, so a retry sends the current ones.</summary>
    public const string Publish = "oversight.publish";

    /// <summary>Changes after which a tenant's figures are published again (debounced).</summary>
    public static readonly string[] Changes = ["document.changed", "incoming.moved"];
}
