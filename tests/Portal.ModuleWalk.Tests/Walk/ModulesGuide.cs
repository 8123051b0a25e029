using System.Text.RegularExpressions;

namespace Portal.ModuleWalk.Tests.Walk;

/// <summary>docs/modules.md as the tests read it: the files it shows (after "&lt;!-- walk: path --&gt;") and its recipe steps.</summary>
public static partial class ModulesGuide
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ProjectFolder => Path.Combine(RepositoryRoot, "tests", "Portal.ModuleWalk.Tests");

    public static string Text => File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "modules.md"));

    /// <summary>Path (relative to this project) → the code block the guide shows for it.</summary>
    public static Dictionary<string, string> ShownFiles() =>
        ShownFile().Matches(Text).ToDictionary(m => m.Groups["path"].Value, m => m.Groups["code"].Value);

    /// <summary>The JSON block after "&lt;!-- walk-recipe --&gt;", as a JSON array.</summary>
    public static string RecipeSteps() => "[" + RecipeBlock().Match(Text).Groups["json"].Value + "]";

    [GeneratedRegex(@"<!-- walk: (?<path>\S+) -->\n[^\n]*\n\n```\w*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShownFile();

    [GeneratedRegex(@"<!-- walk-recipe -->\n```json\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex RecipeBlock();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
