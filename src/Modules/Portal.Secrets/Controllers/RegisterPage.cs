using Portal.Secrets.Services;

namespace Portal.Secrets.Controllers;

/// <summary>The register page: the lines the person may see under the filter, and how many of them are protected, declassified, destroyed.</summary>
public sealed record RegisterPage(RegisterFilter Filter, IReadOnlyList<RegisterRow> Rows)
{
    public int Count(string status) => Rows.Count(r => r.Status == status);
}
