using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Notes.Models;

namespace Portal.Notes.Recipes;

/// <summary>Recipe step "notes": { "notes": [ { "title", "text" } ] }.</summary>
internal sealed class NotesRecipeStep : IRecipeStep
{
    public string Name => "notes";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!context.Data.TryGetProperty("notes", out var notes) || notes.ValueKind != JsonValueKind.Array)
        {
            yield return "thiếu danh sách 'notes'.";
            yield break;
        }
        var index = 0;
        foreach (var note in notes.EnumerateArray())
        {
            index++;
            if (Text(note, "title").Length is 0 or > 200)
                yield return $"tiêu đề của ghi chú thứ {index} phải có từ 1 đến 200 ký tự.";
            if (Text(note, "text").Length > 2000)
                yield return $"nội dung của ghi chú thứ {index} không quá 2000 ký tự.";
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<NotesDb>();
        foreach (var note in context.Data.GetProperty("notes").EnumerateArray())
            db.Notes.Add(new Note { Title = Text(note, "title"), Text = Text(note, "text") });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Text(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";
}
