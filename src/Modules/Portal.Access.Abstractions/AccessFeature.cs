namespace Portal.Access;

public static class AccessFeature
{
    public const string Id = "Portal.Access";
}
