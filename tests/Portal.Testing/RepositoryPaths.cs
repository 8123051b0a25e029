namespace Portal.Testing;

/// <summary>Folders of the repository, found by walking up from the test assembly to Portal.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>TestResults/screenshots/, created on first use.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "TestResults", "screenshots")).FullName;

    /// <summary>docs/guides/: the role guides the tests read and illustrate.</summary>
    public static string Guides => Path.Combine(Root, "docs", "guides");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
