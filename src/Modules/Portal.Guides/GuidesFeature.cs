namespace Portal.Guides;

public static class GuidesFeature
{
    public const string Id = "Portal.Guides";
}
