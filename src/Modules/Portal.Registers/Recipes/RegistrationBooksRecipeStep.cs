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
            var code = RecipeJson.Text(book, "code");
            if (code.Length is 0 or > 50 || !codes.Add(code))
                yield return $"mã sổ '{code}' trống, quá 50 ký tự hoặc bị lặp.";
            if (RecipeJson.Text(book, "name").Length is 0 or > 300)
                yield return $"tên sổ '{code}' phải có từ 1 đến 300 ký tự.";
            if (RegisterKindText.Parse(RecipeJson.Text(book, "kind")) is null)
                yield return $"loại sổ '{RecipeJson.Text(book, "kind")}' không hợp lệ (incoming, outgoing, hand-over).";
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<RegistersDb>();
        foreach (var book in context.Data.GetProperty("books").EnumerateArray())
        {
            db.Books.Add(new RegistrationBook
            {
                Code = RecipeJson.Text(book, "code"),
                Name = RecipeJson.Text(book, "name"),
                Kind = RegisterKindText.Parse(RecipeJson.Text(book, "kind"))!.Value,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
