namespace Portal.Search;

public static class SearchFeature
{
    public const string Id = "Portal.Search";
}
