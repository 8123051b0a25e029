namespace Portal.ApiTokens;

public static class ApiTokensFeature
{
    public const string Id = "Portal.ApiTokens";
}
