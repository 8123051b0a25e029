namespace Portal.BrowserTests;

/// <summary>
/// The real application with its demo tenants, and Debian's Chromium driven by Playwright. Playwright
/// never downloads a browser here: it launches <see cref="ChromiumPath"/> (scripts/setup-machine.sh installs it).
/// The browser is started once the server is up, trusting its HTTPS address through the server's local CA (<see cref="LocalTrust"/>).
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
        _server = await PortalTestServer.StartAsync();
        var caFile = LocalTrust.CaFile(_server);
        _playwright = await LocalTrust.CreatePlaywrightAsync(caFile);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = [.. ChromiumArgs, await LocalTrust.ChromiumArgumentAsync(_server.HttpsAddress, caFile)],
        });
    }

    /// <summary>A fresh browser context (no cookies) at 1366×768 that records every request and every console error.</summary>
    public Task<BrowserSession> NewSessionAsync() => NewSessionAsync(BaseAddress, []);

    /// <summary>
    /// A fresh context on the HTTPS address; when the server asks in the TLS handshake, it presents the
    /// client certificate whose <see cref="ClientCertificate.Origin"/> is that address, if it was given one.
    /// </summary>
    public Task<BrowserSession> NewHttpsSessionAsync(params ClientCertificate[] certificates) =>
        NewSessionAsync(Server.HttpsAddress, certificates);

    private async Task<BrowserSession> NewSessionAsync(Uri origin, ClientCertificate[] certificates)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = origin.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ClientCertificates = certificates.Length == 0 ? null : certificates,
        });
        context.SetDefaultTimeout(15_000);
        return await BrowserSession.OpenAsync(context, origin, _accounts);
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
