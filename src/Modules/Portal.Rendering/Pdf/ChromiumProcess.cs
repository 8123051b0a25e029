using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Portal.Rendering.Pdf;

/// <summary>
/// The one Chromium the server prints with, shared by all jobs (each in its own context): started on
/// first use, started again when it has died, closed when the container is disposed at shutdown.
/// </summary>
internal sealed class ChromiumProcess(IOptions<RenderingOptions> options, ILogger<ChromiumProcess> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    public async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
            return running;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } started)
                return started;
            if (_browser is not null)
                logger.LogWarning("Chromium stopped; starting it again.");
            await StopAsync();
            return await StartAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A browser found dead before its disconnection was reported: stopped and started again, unless another job already did.</summary>
    public async Task<IBrowser> ReplaceAsync(IBrowser dead, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { } current && !ReferenceEquals(current, dead) && current.IsConnected)
                return current;
            logger.LogWarning("Chromium stopped; starting it again.");
            await StopAsync();
            return await StartAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IBrowser> StartAsync()
    {
        var path = options.Value.ChromiumPath;
        if (!File.Exists(path))
            throw new FileNotFoundException($"Chromium is missing at {path} (apt-get install chromium).", path);
        try
        {
            OfflineDriver.Apply();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = ChromiumArguments.For(Environment.IsPrivilegedProcess),
                Timeout = (float)options.Value.TimeLimit.TotalMilliseconds,
            });
            return _browser;
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    private async Task StopAsync()
    {
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync();
            }
            catch (PlaywrightException e)
            {
                logger.LogDebug(e, "Closing a Chromium that had already stopped.");
            }
        }
        _browser = null;
        _playwright?.Dispose();
        _playwright = null;
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _disposed = true;
            await StopAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
