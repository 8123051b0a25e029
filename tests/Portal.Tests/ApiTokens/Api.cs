using System.Net.Http.Headers;
using System.Text.Json;

namespace Portal.Tests.ApiTokens;

/// <summary>A script calling the API: no cookies, an optional bearer token.</summary>
public static class Api
{
    public static async Task<HttpResponseMessage> GetAsync(Uri server, string path, string? token)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server };
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
