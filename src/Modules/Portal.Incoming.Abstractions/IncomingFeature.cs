namespace Portal.Incoming;

public static class IncomingFeature
{
    public const string Id = "Portal.Incoming";

    /// <summary>The access-check kind of an incoming secret document; its routes take the id as "documentId".</summary>
    public const string Kind = "incoming";
}
