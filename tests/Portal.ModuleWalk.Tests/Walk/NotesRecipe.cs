using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.ModuleWalk.Tests.Walk;

/// <summary>
/// Writes the recipes folder of the walk: the shipped recipes, plus "commune-notes" (the shipped
/// commune recipe with the steps of docs/modules.md appended) and a variant whose notes step is wrong.
/// </summary>
public static class NotesRecipe
{
    public const string Name = "commune-notes";
    public const string Broken = "commune-notes-broken";
    public const string ClerkUserName = "vanthu";

    public static readonly (string Title, string Text)[] Notes =
    [
        ("Lịch trực bảo mật tháng 12", "Phân công trực bảo mật các ngày nghỉ cuối năm."),
        ("Kiểm tra sổ đăng ký quý IV", "Đối chiếu sổ đăng ký bí mật nhà nước đến và đi."),
    ];

    public static IReadOnlyList<string> Titles => Notes.Select(n => n.Title).ToList();

    /// <summary>The two steps docs/modules.md shows: enable the feature, then run "notes".</summary>
    public static JsonArray GuideSteps(IEnumerable<(string Title, string Text)> notes) =>
    [
        new JsonObject { ["name"] = "features", ["enable"] = new JsonArray("Portal.Notes") },
        new JsonObject
        {
            ["name"] = "notes",
            ["notes"] = new JsonArray(notes.Select(n => (JsonNode)new JsonObject { ["title"] = n.Title, ["text"] = n.Text }).ToArray()),
        },
    ];

    public static void Write(string shippedFolder, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(shippedFolder, "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var commune = File.ReadAllText(Path.Combine(shippedFolder, "commune.json"));
        File.WriteAllText(Path.Combine(folder, Name + ".json"), WithNotes(commune, Name, Notes));
        File.WriteAllText(Path.Combine(folder, Broken + ".json"), WithNotes(commune, Broken, [("", "Ghi chú không có tiêu đề.")]));
    }

    private static string WithNotes(string communeJson, string name, IEnumerable<(string Title, string Text)> notes)
    {
        var recipe = JsonNode.Parse(communeJson)!.AsObject();
        recipe["name"] = name;
        var steps = recipe["steps"]!.AsArray();
        foreach (var step in GuideSteps(notes).ToList())
            steps.Add(step!.DeepClone());
        steps.Add(ClerkStep());
        return recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>A user without the admin role, to see the page refused and the menu entry absent.</summary>
    private static JsonObject ClerkStep() => new()
    {
        ["name"] = "users",
        ["users"] = new JsonArray(new JsonObject
        {
            ["userName"] = ClerkUserName,
            ["password"] = Testing.DemoAccounts.Password,
            ["fullName"] = "Nguyễn Thị Lan",
            ["position"] = "Văn thư",
            ["unit"] = "VP",
            ["roles"] = new JsonArray("van-thu"),
            ["clearance"] = "mat",
        }),
    };
}
