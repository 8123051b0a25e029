using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;

namespace Portal.Tests.ApiTokens;

/// <summary>What a person does on /account/tokens, through real HTTP with the page's antiforgery token.</summary>
public static class TokenPages
{
    public static string List(string tenant) => $"{tenant}/account/tokens";

    /// <summary>Submits the creation form (several scopes are several "Scopes" fields, as checkboxes send them).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(PortalClient client, string tenant, string name, string days, params string[] scopes)
    {
        var page = await client.PageAsync($"{tenant}/account/tokens/new");
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")
            ?? throw new InvalidOperationException("No antiforgery token on the creation page: " + page.Title);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token.Value), new("Name", name), new("ExpiresInDays", days),
        };
        fields.AddRange(scopes.Select(s => new KeyValuePair<string, string>("Scopes", s)));
        return await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{tenant}/account/tokens/new")
        {
            Content = new FormUrlEncodedContent(fields),
        });
    }

    /// <summary>Creates a token through the page and returns the secret the page shows once.</summary>
    public static async Task<string> CreateAsync(PortalClient client, string tenant, string name, params string[] scopes)
    {
        using var response = await SubmitAsync(client, tenant, name, "30", scopes);
        var page = await PortalClient.ParseAsync(response);
        return page.QuerySelector("#token-secret")?.TextContent.Trim()
            ?? throw new InvalidOperationException($"No secret shown after creating '{name}': {page.Body?.TextContent.Trim()}");
    }

    public static async Task<IElement?> RowAsync(PortalClient client, string tenant, string name) =>
        (await client.PageAsync(List(tenant))).QuerySelectorAll("#tokens tbody tr")
            .FirstOrDefault(r => r.QuerySelector(".token-name")?.TextContent.Trim() == name);

    public static string Cell(IElement row, string cell) => row.QuerySelector("." + cell)?.TextContent.Trim() ?? "";

    public static Task<HttpResponseMessage> RevokeAsync(PortalClient client, string tenant, string tokenId) =>
        client.SubmitAsync(List(tenant), new Dictionary<string, string>(), $"/account/tokens/{tokenId}/revoke");
}
