using System.Text.Json.Nodes;
using Xunit;

namespace Portal.ModuleWalk.Tests.Walk;

/// <summary>docs/modules.md shows the module this project runs, file for file, and the recipe steps it runs.</summary>
public sealed class ModulesGuideTests
{
    [Fact]
    public void Every_file_the_guide_shows_is_the_file_the_walk_runs()
    {
        var shown = ModulesGuide.ShownFiles();

        Assert.NotEmpty(shown);
        foreach (var (path, code) in shown)
            Assert.Equal(File.ReadAllText(Path.Combine(ModulesGuide.ProjectFolder, path)).ReplaceLineEndings("\n"), code);
    }

    [Fact]
    public void The_guide_shows_every_source_file_of_the_module()
    {
        var folder = ModulesGuide.ProjectFolder;
        var moduleFiles = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("Walk/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal)
                && !f.StartsWith("obj/", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(moduleFiles);
        Assert.Empty(moduleFiles.Except(ModulesGuide.ShownFiles().Keys));
    }

    [Fact]
    public void The_recipe_steps_in_the_guide_are_the_steps_the_walk_appends()
    {
        var shown = JsonNode.Parse(ModulesGuide.RecipeSteps());

        Assert.True(JsonNode.DeepEquals(NotesRecipe.GuideSteps(NotesRecipe.Notes), shown), shown?.ToJsonString());
    }
}
