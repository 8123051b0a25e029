using System.Collections.Concurrent;

namespace Portal.BrowserTests;

/// <summary>
/// The session cookies each account got when it first signed in during this run. A one-time code is
/// good once, so signing the same account in again would wait for the next 30 s step; later tests
/// take the cookies instead, as a browser that kept them would.
/// </summary>
public sealed class SignedInAccounts
{
    /// <summary>The name every session cookie starts with (one per tenant, scoped to its prefix).</summary>
    private const string SessionCookie = ".portal.session";

    private readonly ConcurrentDictionary<string, IReadOnlyList<Cookie>> _cookies = new();

    public bool TryGet(string tenantPrefix, string userName, out IReadOnlyList<Cookie> cookies) =>
        _cookies.TryGetValue(Key(tenantPrefix, userName), out cookies!);

    /// <summary>Keeps the tenant's session cookie (and only it) from the context that has just signed in.</summary>
    public async Task RememberAsync(IBrowserContext context, string tenantPrefix, string userName)
    {
        var path = tenantPrefix.Length == 0 ? "" : "/" + tenantPrefix;
        var cookies = (await context.CookiesAsync())
            .Where(c => c.Name.StartsWith(SessionCookie, StringComparison.Ordinal) && c.Path.TrimEnd('/') == path)
            .Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path,
                HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            })
            .ToList();
        Assert.True(cookies.Count > 0, $"No {SessionCookie} cookie for '{path}/' after {userName} signed in.");
        _cookies[Key(tenantPrefix, userName)] = cookies;
    }

    private static string Key(string tenantPrefix, string userName) => tenantPrefix + "|" + userName;
}
