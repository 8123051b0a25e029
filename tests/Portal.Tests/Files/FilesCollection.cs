namespace Portal.Tests.Files;

[CollectionDefinition(Name)]
public sealed class FilesCollection : ICollectionFixture<FilesServerFixture>
{
    public const string Name = "Files server";
}
