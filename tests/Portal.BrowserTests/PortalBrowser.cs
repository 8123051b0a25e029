namespace Portal.BrowserTests;

/// <summary>
/// The real application with its demo tenants, and Debian's Chromium driven by Playwright. Playwright
/// never downloads a browser here: it launches <see cref="ChromiumPath"/> (scripts/setup-machine.sh installs it).
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly SignedInAccounts _accounts = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private PortalTestServer? _server;

    public PortalTestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public Uri BaseAddress => Server.BaseAddress;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: run scripts/setup-machine.sh (apt-get install chromium).");
        Assertions.SetDefaultExpectTimeout(15_000);
        var server = PortalTestServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        _server = await server;
    }

    /// <summary>A fresh browser context (no cookies) at 1366×768 that records every request and every console error.</summary>
    public async Task<BrowserSession> NewSessionAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(15_000);
        return await BrowserSession.OpenAsync(context, BaseAddress, _accounts);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
