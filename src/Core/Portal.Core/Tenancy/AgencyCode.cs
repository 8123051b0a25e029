using System.Text.RegularExpressions;

namespace Portal.Core.Tenancy;

/// <summary>The agency identifier (mã định danh): four dot-separated groups, e.g. 000.00.00.G22.</summary>
public static partial class AgencyCode
{
    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);
}
