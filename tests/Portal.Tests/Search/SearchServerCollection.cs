namespace Portal.Tests.Search;

[CollectionDefinition(Name)]
public sealed class SearchServerCollection : ICollectionFixture<SearchServerFixture>
{
    public const string Name = "Search server";
}
