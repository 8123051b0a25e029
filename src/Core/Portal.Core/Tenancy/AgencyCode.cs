using System.Text.RegularExpressions;

namespace Portal.Core.Tenancy;

/// <summary>The agency identifier (mã định danh): four dot-separated groups, e.g. 000.00.00.G22.</summary>
public static partial class AgencyCode
{
    [GeneratedRegex(@"\A[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);
}
