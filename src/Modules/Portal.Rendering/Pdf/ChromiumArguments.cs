namespace Portal.Rendering.Pdf;

/// <summary>Chromium's command line for printing: nothing in the background, no GPU.</summary>
internal static class ChromiumArguments
{
    private static readonly string[] Quiet =
    [
        "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
        "--mute-audio", "--disable-breakpad",
        // Routes stop requests, but Chromium would still look names up and open connections ahead of them (preconnect).
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ];

    /// <summary>Chromium's sandbox refuses to start as root; elsewhere it stays on.</summary>
    public static string[] For(bool asRoot) => asRoot ? [.. Quiet, "--no-sandbox"] : Quiet;
}
