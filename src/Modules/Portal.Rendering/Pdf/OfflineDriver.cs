namespace Portal.Rendering.Pdf;

/// <summary>
/// Playwright's driver carries the addresses it would download browsers from (only its `install`
/// command uses them; Portal prints with Debian's Chromium and never runs it). On an isolated network
/// nothing may even try: the driver and every browser it starts inherit these settings, so a download
/// is skipped, and were one attempted it would go to a closed port on this machine.
/// </summary>
internal static class OfflineDriver
{
    public const string ClosedLoopback = "http://127.0.0.1:9";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1",
        ["PLAYWRIGHT_DOWNLOAD_HOST"] = ClosedLoopback,
        ["PLAYWRIGHT_CHROMIUM_DOWNLOAD_HOST"] = ClosedLoopback,
    };

    /// <summary>The driver is started by Playwright with this process's environment; there is no per-driver setting.</summary>
    public static void Apply()
    {
        foreach (var (name, value) in Settings)
            Environment.SetEnvironmentVariable(name, value);
    }
}
