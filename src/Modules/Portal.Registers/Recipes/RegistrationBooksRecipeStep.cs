using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Registers.Models;
using Portal.Registers.Services;

namespace Portal.Registers.Recipes;

/// <summary>
/// Recipe step "registrationBooks":
/// { "showSubject": { "mat": true, "toiMat": false },
///   "books": [ { "code", "name", "kind": "incoming|outgoing|hand-over", "columns": [ "arrival-date", … ] } ] }.
/// "showSubject" is optional (a level left out hides the subject); so is "columns" (the kind's default columns).
/// </summary>
internal sealed class RegistrationBooksRecipeStep : IRecipeStep
{
    private static readonly string[] Levels = ["mat", "toiMat"];

    public string Name => "registrationBooks";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!RecipeJson.HasArray(context.Data, "books"))
        {
            yield return "thiếu danh sách 'books'.";
            yield break;
        }
        foreach (var problem in SubjectProblems(context.Data))
            yield return problem;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var book in RecipeJson.Array(context.Data, "books"))
        {
            var code = RecipeJson.Text(book, "code");
            if (BookRules.CodeProblem(code) is { } codeProblem)
                yield return $"sổ '{code}': {codeProblem}";
            else if (!codes.Add(code))
                yield return $"mã sổ '{code}' bị lặp.";
            if (BookRules.NameProblem(RecipeJson.Text(book, "name")) is { } nameProblem)
                yield return $"sổ '{code}': {nameProblem}";
            if (RegisterKindText.Parse(RecipeJson.Text(book, "kind")) is null)
                yield return $"sổ '{code}': loại sổ '{RecipeJson.Text(book, "kind")}' không hợp lệ (incoming, outgoing, hand-over).";
            foreach (var problem in ColumnProblems(book, code))
                yield return problem;
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<RegistersDb>();
        foreach (var book in RecipeJson.Array(context.Data, "books"))
        {
            var columns = RecipeJson.Texts(book, "columns");
            db.Books.Add(new RegistrationBook
            {
                Code = RecipeJson.Text(book, "code"),
                Name = RecipeJson.Text(book, "name"),
                Kind = RegisterKindText.Parse(RecipeJson.Text(book, "kind"))!.Value,
                Columns = string.Join(",", columns),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        if (context.Data.TryGetProperty("showSubject", out var shown))
        {
            await context.Services.GetRequiredService<RegisterSubjectSettings>().SetAsync(
                new RegisterSubjects(Shown(shown, "mat"), Shown(shown, "toiMat")), cancellationToken);
        }
    }

    private static IEnumerable<string> SubjectProblems(JsonElement data)
    {
        if (!data.TryGetProperty("showSubject", out var shown))
            yield break;
        if (shown.ValueKind != JsonValueKind.Object)
        {
            yield return "'showSubject' phải là đối tượng { \"mat\": true|false, \"toiMat\": true|false }.";
            yield break;
        }
        foreach (var level in shown.EnumerateObject())
        {
            if (!Levels.Contains(level.Name, StringComparer.Ordinal))
                yield return $"'showSubject' không có độ mật '{level.Name}' (chỉ 'mat', 'toiMat').";
            else if (level.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                yield return $"'showSubject.{level.Name}' phải là true hoặc false.";
        }
    }

    private static IEnumerable<string> ColumnProblems(JsonElement book, string code)
    {
        if (book.ValueKind != JsonValueKind.Object || !book.TryGetProperty("columns", out var columns))
            yield break;
        if (columns.ValueKind != JsonValueKind.Array || columns.GetArrayLength() == 0)
        {
            yield return $"sổ '{code}': 'columns' phải là danh sách có ít nhất một cột.";
            yield break;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns.EnumerateArray())
        {
            var text = column.ValueKind == JsonValueKind.String ? column.GetString()! : column.GetRawText();
            if (RegisterColumnCodes.Parse(text) is null)
                yield return $"sổ '{code}': không có cột '{text}' (các cột: {string.Join(", ", RegisterColumnCodes.All.Select(RegisterColumnCodes.Of))}).";
            else if (!seen.Add(text))
                yield return $"sổ '{code}': cột '{text}' bị lặp.";
        }
    }

    private static bool Shown(JsonElement shown, string level) =>
        shown.TryGetProperty(level, out var value) && value.ValueKind == JsonValueKind.True;
}
