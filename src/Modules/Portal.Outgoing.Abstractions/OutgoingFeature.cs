namespace Portal.Outgoing;

/// <summary>The outgoing documents feature, and the kind its documents have on access lists and in the audit trail.</summary>
public static class OutgoingFeature
{
    public const string Id = "Portal.Outgoing";
    public const string Kind = "outgoing";
}
