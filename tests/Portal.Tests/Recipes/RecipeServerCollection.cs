namespace Portal.Tests.Recipes;

[CollectionDefinition(Name)]
public sealed class RecipeServerCollection : ICollectionFixture<RecipeServerFixture>
{
    public const string Name = "Recipe server";
}
