using System.Text.RegularExpressions;

namespace Portal.Registers.Services;

/// <summary>What a book's code and name must be, checked alike for recipes and the admin's form.</summary>
internal static partial class BookRules
{
    public const int CodeLength = 50;
    public const int NameLength = 300;

    /// <summary>Callers name the book by its code, so it stays plain ASCII.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex CodePattern();

    public static string? CodeProblem(string code) =>
        code.Length is 0 or > CodeLength ? $"Mã sổ phải có từ 1 đến {CodeLength} ký tự."
        : !CodePattern().IsMatch(code) ? "Mã sổ chỉ gồm chữ cái không dấu, chữ số và các dấu '-', '_', '.'; bắt đầu bằng chữ cái hoặc chữ số."
        : null;

    public static string? NameProblem(string name) =>
        name.Length is 0 or > NameLength ? $"Tên sổ phải có từ 1 đến {NameLength} ký tự." : null;
}
