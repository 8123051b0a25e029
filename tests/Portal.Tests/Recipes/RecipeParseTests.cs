using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Recipes;

namespace Portal.Tests.Recipes;

public sealed class RecipeParseTests
{
    [Fact]
    public void A_recipe_with_comments_and_trailing_commas_parses_with_its_steps_in_order()
    {
        var recipe = RecipeCatalogue.Parse("""
            // Một công thức thử
            { "name": "thu", "displayName": "Thử nghiệm", "steps": [
                { "name": "features", "enable": ["Portal.Registers"] },
                { "name": "roles", "roles": ["van-thu"], },
            ], }
            """, "tep-thu");

        Assert.Equal("thu", recipe.Name);
        Assert.Equal("Thử nghiệm", recipe.DisplayName);
        Assert.Equal(["features", "roles"], recipe.Steps.Select(s => s.Name));
        Assert.Equal("van-thu", recipe.Steps[1].Data.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public void Without_a_name_the_file_name_is_used()
    {
        var recipe = RecipeCatalogue.Parse("""{ "steps": [] }""", "tep-thu");

        Assert.Equal("tep-thu", recipe.Name);
        Assert.Equal("tep-thu", recipe.DisplayName);
        Assert.Empty(recipe.Steps);
    }

    [Theory]
    [InlineData("{ \"steps\": [ ", "Công thức 'hong' không phải JSON hợp lệ")]
    [InlineData("", "Công thức 'hong' không phải JSON hợp lệ")]
    [InlineData("{ \"steps\": [] } rác", "Công thức 'hong' không phải JSON hợp lệ")]
    [InlineData("[ { \"name\": \"roles\" } ]", "Công thức 'hong' phải là một đối tượng JSON.")]
    [InlineData("\"steps\"", "Công thức 'hong' phải là một đối tượng JSON.")]
    [InlineData("{ \"name\": \"hong\" }", "Công thức 'hong' thiếu danh sách bước (steps).")]
    [InlineData("{ \"steps\": { \"name\": \"roles\" } }", "Công thức 'hong' thiếu danh sách bước (steps).")]
    [InlineData("{ \"steps\": [ { \"name\": \"roles\" }, { \"roles\": [] } ] }", "Bước thứ 2 của công thức 'hong' thiếu tên (name).")]
    [InlineData("{ \"steps\": [ { \"name\": 7 } ] }", "Bước thứ 1 của công thức 'hong' thiếu tên (name).")]
    [InlineData("{ \"steps\": [ \"roles\" ] }", "Bước thứ 1 của công thức 'hong' thiếu tên (name).")]
    public void A_broken_recipe_is_refused_with_a_Vietnamese_message(string json, string message)
    {
        var refused = Assert.Throws<RequestRefusedException>(() => RecipeCatalogue.Parse(json, "hong"));

        Assert.StartsWith(message, Assert.Single(refused.Errors));
    }

    [Fact]
    public void Invalid_JSON_is_located_by_line()
    {
        var refused = Assert.Throws<RequestRefusedException>(() => RecipeCatalogue.Parse("{\n  \"steps\": [\n    { \"name\": \"roles\" \n  ]\n}", "hong"));

        Assert.Contains("dòng 4", refused.Errors[0]);
    }

    [Theory]
    [InlineData("../commune")]
    [InlineData("commune.json")]
    [InlineData("sub/commune")]
    [InlineData("..\\commune")]
    [InlineData("")]
    [InlineData("khong-co")]
    public void A_recipe_outside_the_folder_or_missing_is_not_found(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"), "recipes");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", "commune.json"), """{ "steps": [] }""");
        File.WriteAllText(Path.Combine(folder, "..", "commune.json"), """{ "steps": [] }""");
        var catalogue = new RecipeCatalogue(Options.Create(new PortalOptions { RecipesFolder = folder }));

        var refused = Assert.Throws<RequestRefusedException>(() => catalogue.Get(name));

        Assert.Equal($"Không có công thức (recipe) '{name}'.", refused.Errors[0]);
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }

    [Fact]
    public void The_shipped_recipes_all_parse_and_are_named_like_their_files()
    {
        var catalogue = new RecipeCatalogue(Options.Create(new PortalOptions { RecipesFolder = Path.Combine(AppContext.BaseDirectory, "recipes") }));

        var recipes = catalogue.List();

        Assert.Equal(["central-office-people", "central-office", "commune", "demo", "department", "ministry", "province"], recipes.Select(r => r.Name));
        // A recipe that sets up a tenant starts by its features; the central office's people are applied to a set-up tenant and enable none.
        Assert.All(recipes.Where(r => r.Name != "central-office-people"), r => Assert.Equal(RecipeRunner.FeaturesStep, r.Steps[0].Name));
        Assert.DoesNotContain(catalogue.Get("central-office-people").Steps, s => s.Name == RecipeRunner.FeaturesStep);
    }
}
