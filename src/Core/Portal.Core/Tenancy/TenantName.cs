using System.Text.RegularExpressions;

namespace Portal.Core.Tenancy;

/// <summary>The URL prefix rule: a lowercase slug of letters, digits and hyphens, independent of the agency code.</summary>
public static partial class TenantName
{
    public const int MaxLength = 63;

    [GeneratedRegex(@"\A[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    public static bool IsWellFormed(string? name) => name is not null && Slug().IsMatch(name);

    /// <summary>The Vietnamese reason a name cannot be used, or null when it can.</summary>
    public static string? Problem(string? name, ReservedPrefixes reserved)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "Tên tiền tố (đường dẫn) là bắt buộc.";
        if (!IsWellFormed(name))
            return "Tên tiền tố chỉ gồm chữ thường không dấu (a-z), chữ số và dấu gạch nối, không bắt đầu hay kết thúc bằng dấu gạch nối, tối đa 63 ký tự.";
        if (reserved.Contains(name))
            return $"Tên tiền tố '{name}' là từ dành riêng của hệ thống, hãy chọn tên khác.";
        return null;
    }
}
