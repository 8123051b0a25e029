using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;

namespace Portal.Tests.Support;

/// <summary>What a person does on the central office's and the tenants' pages, through real HTTP.</summary>
public static class Pages
{
    /// <summary>The fields of the form at /admin/tenants/new.</summary>
    public static Dictionary<string, string> NewTenant(string name, string displayName, string recipe = "commune",
        string adminPassword = DemoAccounts.Password, string? agencyCode = null) => new()
    {
        ["DisplayName"] = displayName,
        ["Name"] = name,
        ["AgencyCode"] = agencyCode ?? UniqueNames.AgencyCode(),
        ["ParentAgency"] = "Ủy ban nhân dân tỉnh Nghệ An",
        ["Level"] = "Commune",
        ["Recipe"] = recipe,
        ["AdminUserName"] = DemoAccounts.TenantAdmin,
        ["AdminFullName"] = "Nguyễn Văn Quản",
        ["AdminPassword"] = adminPassword,
    };

    /// <summary>POSTs to any action with the antiforgery token of the page at <paramref name="pagePath"/>, as a hand-made form would.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(PortalClient client, string pagePath, string action,
        IDictionary<string, string>? values = null)
    {
        var page = await client.PageAsync(pagePath);
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")
            ?? throw new InvalidOperationException($"No antiforgery token on {pagePath}: {page.Title}");
        var fields = new Dictionary<string, string>(values ?? new Dictionary<string, string>())
        {
            ["__RequestVerificationToken"] = token.Value,
        };
        return await client.PostAsync(action, fields);
    }

    /// <summary>The error lines a form shows after a refused submit.</summary>
    public static IReadOnlyList<string> FormErrors(IDocument page) =>
        page.QuerySelectorAll(".error-list li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>The message after a redirect (TempData) on a page: the error alert, or "" when none.</summary>
    public static string Alert(IDocument page, string kind) =>
        page.QuerySelector($".alert-{kind}")?.TextContent.Trim() ?? "";

    /// <summary>The row of a tenant in the table at /admin/tenants, by the prefix shown ("/" for the central office).</summary>
    public static IElement? TenantRow(IDocument list, string prefix) =>
        list.QuerySelectorAll("#tenants tbody tr").FirstOrDefault(r => r.Children[1].TextContent.Trim() == prefix);

    public static async Task<string> BodyAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
