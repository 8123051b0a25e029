using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// One browser context and its page, with what the pages did: every request URL, every console
/// error (Chromium reports blocked loads and Content-Security-Policy violations there) and every
/// uncaught script error. Signing in is in <see cref="SignInSteps"/>.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Turns each CSP violation into a console error with the directive and the blocked URL.</summary>
    private const string ReportCspViolations =
        "document.addEventListener('securitypolicyviolation', function (e) {" +
        " console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')); });";

    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentDictionary<string, int> _expectedStatus = new();

    private BrowserSession(IBrowserContext context, IPage page, Uri origin, SignedInAccounts accounts)
    {
        Context = context;
        Page = page;
        Origin = origin;
        Accounts = accounts;
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    /// <summary>The test server's address; it also names the server to the test's authenticator app.</summary>
    public Uri Origin { get; }

    /// <summary>The session cookies of accounts already signed in during this run.</summary>
    internal SignedInAccounts Accounts { get; }

    /// <summary>Every URL a page of this context asked for, in order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    internal static async Task<BrowserSession> OpenAsync(IBrowserContext context, Uri origin, SignedInAccounts accounts)
    {
        await context.AddInitScriptAsync(ReportCspViolations);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, origin, accounts);
        context.Request += (_, request) => session._requests.Enqueue(request.Url);
        context.Console += (_, message) => session.OnConsole(message);
        context.WebError += (_, error) => session._errors.Enqueue("Script error: " + error.Error);
        return session;
    }

    /// <summary>Opens a path of the test server ("/", "/xa-hung-dung/admin/users", ...).</summary>
    public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(path);

    /// <summary>Opens a page that must answer 404, whose "Failed to load resource" console line is then expected.</summary>
    public Task<IResponse?> GotoNotFoundAsync(string path) => GotoExpectingAsync(path, 404);

    /// <summary>Opens a page that must answer with this error status, whose "Failed to load resource" console line is then expected.</summary>
    public async Task<IResponse?> GotoExpectingAsync(string path, int status)
    {
        _expectedStatus[new Uri(Origin, path).ToString()] = status;
        var response = await Page.GotoAsync(path);
        Assert.Equal(status, response?.Status);
        return response;
    }

    /// <summary>Types a user name and password into the sign-in page and presses "Đăng nhập".</summary>
    public async Task TypeCredentialsAsync(string userName, string password)
    {
        await Page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await Page.GetByLabel("Mật khẩu").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    public static string LoginPath(string tenantPrefix) =>
        tenantPrefix.Length == 0 ? "/account/login" : $"/{tenantPrefix}/account/login";

    /// <summary>A PNG of the viewport (1366×768) in TestResults/screenshots/ of the repository.</summary>
    public Task ScreenshotAsync(string name) => ScreenshotToAsync(Path.Combine(RepositoryPaths.Screenshots, name + ".png"));

    /// <summary>A PNG of the viewport written to this file (the guides' pictures go to docs/guides/images/).</summary>
    public async Task ScreenshotToAsync(string file)
    {
        await Page.EvaluateAsync("document.fonts.ready");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
    }

    /// <summary>Every request went to the test server's origin, and no page logged an error or broke its CSP.</summary>
    public void AssertOwnOriginOnlyAndNoErrors()
    {
        var origin = Origin.GetLeftPart(UriPartial.Authority);
        var outside = _requests.Where(url => !IsOwnOrigin(url, origin)).Distinct().ToList();
        Assert.True(outside.Count == 0, "Requests outside " + origin + ":\n" + string.Join("\n", outside));
        Assert.True(_errors.IsEmpty, "Errors in the browser:\n" + string.Join("\n", _errors));
    }

    private static bool IsOwnOrigin(string url, string origin) =>
        url.StartsWith(origin + "/", StringComparison.Ordinal) || url == origin
        || url.StartsWith("data:", StringComparison.Ordinal);

    private void OnConsole(IConsoleMessage message)
    {
        if (message.Type != "error")
            return;
        // Location is "url:line:column".
        var url = message.Location.Length > 0 ? Regex.Replace(message.Location, @":\d+:\d+$", "") : message.Page?.Url ?? "";
        if (_expectedStatus.TryGetValue(url, out var status)
            && message.Text.StartsWith($"Failed to load resource: the server responded with a status of {status}", StringComparison.Ordinal))
            return;
        _errors.Enqueue($"{message.Text} ({url})");
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
