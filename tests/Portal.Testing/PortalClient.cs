using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Portal.Testing;

/// <summary>An HTTP client that behaves like a browser for server-rendered pages: cookies, forms with their antiforgery token.</summary>
public sealed class PortalClient : IDisposable
{
    private readonly HttpClient _http;

    public PortalClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = baseAddress,
        };
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path.TrimStart('/'));

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

    /// <summary>GETs a page (following redirects) and parses it.</summary>
    public async Task<IDocument> PageAsync(string path)
    {
        var response = await FollowAsync(await GetAsync(path));
        return await ParseAsync(response);
    }

    /// <summary>
    /// Submits the form of the page at <paramref name="pagePath"/> whose action ends with <paramref name="actionSuffix"/>
    /// (the first form when null), with the page's hidden fields (antiforgery token) and the given values.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, IDictionary<string, string> values, string? actionSuffix = null)
    {
        var page = await PageAsync(pagePath);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form[method=post]")
            .FirstOrDefault(f => actionSuffix is null || (f.GetAttribute("action") ?? "").EndsWith(actionSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form {actionSuffix} on {pagePath}: {page.Title}");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in values)
            fields[key] = value;
        var action = form.GetAttribute("action") ?? pagePath;
        return await PostAsync(action, fields);
    }

    public Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> fields) =>
        _http.PostAsync(path.TrimStart('/'), new FormUrlEncodedContent(fields));

    /// <summary>
    /// Signs in to a tenant ("" for the central office) as a person would: password, then the one-time
    /// code from the test's authenticator, enrolling it first when the server asks. True when signed in.
    /// </summary>
    public async Task<bool> SignInAsync(string tenantPrefix, string userName, string password)
    {
        using var last = await SignInStepsAsync(tenantPrefix, userName, password);
        if (last.StatusCode == HttpStatusCode.OK)
            return (await ParseAsync(last)).QuerySelector("#recovery-codes") is not null;
        return last.StatusCode == HttpStatusCode.Redirect && !last.Headers.Location!.OriginalString.Contains("/account/", StringComparison.Ordinal);
    }

    /// <summary>The sign-in steps; returns the last answer, the one that sets the session cookie when all went well.</summary>
    public async Task<HttpResponseMessage> SignInStepsAsync(string tenantPrefix, string userName, string password)
    {
        var prefix = tenantPrefix.Length == 0 ? "" : tenantPrefix.Trim('/') + "/";
        var response = await SubmitAsync(prefix + "account/login", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });
        var next = response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location!.OriginalString : "";
        if (next.Contains("/account/totp/enrol", StringComparison.Ordinal))
        {
            var page = await PageAsync(prefix + "account/totp/enrol");
            var key = page.QuerySelector("#totp-secret")?.TextContent ?? throw new InvalidOperationException("No key on the enrolment page.");
            Authenticators.Enrol(_http.BaseAddress!, tenantPrefix, userName, key);
            return await SubmitAsync(prefix + "account/totp/enrol", new Dictionary<string, string>
            {
                ["Code"] = await Authenticators.NextCodeAsync(_http.BaseAddress!, tenantPrefix, userName),
            });
        }
        if (next.Contains("/account/totp", StringComparison.Ordinal))
        {
            return await SubmitAsync(prefix + "account/totp", new Dictionary<string, string>
            {
                ["Code"] = await Authenticators.NextCodeAsync(_http.BaseAddress!, tenantPrefix, userName),
            });
        }
        return response;
    }

    /// <summary>Proves the second factor again (step-up) for the signed-in user.</summary>
    public async Task<HttpResponseMessage> StepUpAsync(string tenantPrefix, string userName, string returnUrl)
    {
        var prefix = tenantPrefix.Length == 0 ? "" : tenantPrefix.Trim('/') + "/";
        return await SubmitAsync(prefix + "account/step-up?returnUrl=" + Uri.EscapeDataString(returnUrl), new Dictionary<string, string>
        {
            ["Code"] = await Authenticators.NextCodeAsync(_http.BaseAddress!, tenantPrefix, userName),
        }, "/account/step-up");
    }

    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
            response = await GetAsync(response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString);
        return response;
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    public void Dispose() => _http.Dispose();
}
