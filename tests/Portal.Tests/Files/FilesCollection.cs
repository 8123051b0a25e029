namespace Portal.Tests.Files;

/// <summary>
/// One files server for the vault tests. Run alone: the 300 MB test counts the process's allocations,
/// which tests of other collections running at the same time would add to.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FilesCollection : ICollectionFixture<FilesServerFixture>
{
    public const string Name = "Files server";
}
