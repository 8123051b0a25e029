namespace Portal.Identity;

public static class IdentityFeature
{
    public const string Id = "Portal.Identity";
}
