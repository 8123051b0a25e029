namespace Portal.Tests.ApiTokens;

[CollectionDefinition(Name)]
public sealed class ApiTokensCollection : ICollectionFixture<ApiTokensFixture>
{
    public const string Name = "API tokens";
}
