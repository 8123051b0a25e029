using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Registers.Models;

namespace Portal.Registers.Recipes;

/// <summary>Recipe step "registrationBooks": { "books": [ { "code", "name", "kind": "incoming|outgoing|hand-over" } ] }.</summary>
internal sealed class RegistrationBooksRecipeStep : IRecipeStep
{
    public string Name => "registrationBooks";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!context.Data.TryGetProperty("books", out var books) || books.ValueKind != JsonValueKind.Array)
        {
            yield return "thiếu danh sách 'books'.";
            yield break;
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var book in books.EnumerateArray())
        {
            var code = Text(book, "code");
            if (code.Length is 0 or > 50 || !codes.Add(code))
                yield return $"mã sổ '{code}' trống, quá 50 ký tự hoặc bị lặp.";
            if (Text(book, "name").Length is 0 or > 300)
                yield return $"tên sổ '{code}' phải có từ 1 đến 300 ký tự.";
            if (RegisterKindText.Parse(Text(book, "kind")) is null)
                yield return $"loại sổ '{Text(book, "kind")}' không hợp lệ (incoming, outgoing, hand-over).";
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<RegistersDb>();
        foreach (var book in context.Data.GetProperty("books").EnumerateArray())
        {
            db.Books.Add(new RegistrationBook
            {
                Code = Text(book, "code"),
                Name = Text(book, "name"),
                Kind = RegisterKindText.Parse(Text(book, "kind"))!.Value,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Text(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";
}
