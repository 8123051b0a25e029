using Microsoft.AspNetCore.Identity;

namespace Portal.Identity.Services;

/// <summary>One password rule for Identity and for recipe validation (which runs before any database exists).</summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;

    public static void Apply(PasswordOptions options)
    {
        options.RequiredLength = MinLength;
        options.RequireDigit = true;
        options.RequireLowercase = true;
        options.RequireUppercase = true;
        options.RequireNonAlphanumeric = true;
        options.RequiredUniqueChars = 5;
    }

    public static IEnumerable<string> Check(string password)
    {
        if (password.Length < MinLength)
            yield return $"Mật khẩu phải có ít nhất {MinLength} ký tự.";
        if (!password.Any(char.IsDigit))
            yield return "Mật khẩu phải có ít nhất một chữ số.";
        if (!password.Any(char.IsLower))
            yield return "Mật khẩu phải có ít nhất một chữ thường.";
        if (!password.Any(char.IsUpper))
            yield return "Mật khẩu phải có ít nhất một chữ hoa.";
        if (password.All(char.IsLetterOrDigit))
            yield return "Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ ! @ # $).";
    }
}
