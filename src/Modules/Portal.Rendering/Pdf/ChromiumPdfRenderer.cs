using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Portal.Rendering.Pdf;

/// <summary>
/// Prints each job in a fresh browser context with scripts off. The document is served at a made-up
/// address with a Content-Security-Policy that allows data: images and fonts and inline styles only,
/// and every other request (network, the same address's other paths) is aborted by the route, so user
/// text in the HTML can neither reach anything nor run.
/// </summary>
internal sealed class ChromiumPdfRenderer(ChromiumProcess chromium, IOptions<RenderingOptions> options,
    ILogger<ChromiumPdfRenderer> logger) : IPdfRenderer
{
    private const string DocumentAddress = "https://print.invalid/";

    private const string ContentSecurityPolicy =
        "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentJobs));

    public async Task<byte[]> RenderAsync(PdfRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.TimeLimit;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            await _slots.WaitAsync(deadline.Token);
            try
            {
                try
                {
                    return await PrintAsync(request, limit, deadline.Token);
                }
                catch (PlaywrightException e) when (!deadline.IsCancellationRequested)
                {
                    // The shared browser can fail one job (a renderer crashed, the browser died mid-print); the
                    // second try gets a context in a working browser, started again if need be.
                    logger.LogWarning(e, "A PDF job failed in Chromium; printing it once more.");
                    return await PrintAsync(request, limit, deadline.Token);
                }
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("A PDF job ran past its time limit of {Limit}.", limit);
            throw new PdfRenderException($"Quá thời gian tạo tệp PDF ({limit.TotalSeconds:0} giây): tài liệu quá lớn "
                + "hoặc máy chủ đang bận. Xin thử lại sau, hoặc in một khoảng ngắn hơn.");
        }
        catch (Exception e) when (e is PlaywrightException or IOException)
        {
            logger.LogError(e, "Printing to PDF failed.");
            throw new PdfRenderException("Không tạo được tệp PDF: bộ in của máy chủ không chạy. "
                + "Xin thử lại sau; nếu vẫn lỗi, xin báo quản trị hệ thống.", e);
        }
    }

    private async Task<byte[]> PrintAsync(PdfRequest request, TimeSpan limit, CancellationToken cancellationToken)
    {
        await using var context = await ContextAsync(cancellationToken);
        context.SetDefaultTimeout((float)limit.TotalMilliseconds);
        await context.RouteAsync("**/*", route => Serve(route, request.Html));
        var page = await context.NewPageAsync();
        await page.GotoAsync(DocumentAddress, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).WaitAsync(cancellationToken);
        return await page.PdfAsync(PageSetup.For(request)).WaitAsync(cancellationToken);
    }

    private async Task<IBrowserContext> ContextAsync(CancellationToken cancellationToken)
    {
        var options = new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            AcceptDownloads = false,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        };
        var browser = await chromium.BrowserAsync(cancellationToken);
        try
        {
            return await browser.NewContextAsync(options);
        }
        catch (PlaywrightException)
        {
            // The browser died and the driver has not said so yet (it still looked connected): start another, once.
            return await (await chromium.ReplaceAsync(browser, cancellationToken)).NewContextAsync(options);
        }
    }

    private static Task Serve(IRoute route, string html) =>
        route.Request is { Url: DocumentAddress, Method: "GET", IsNavigationRequest: true } && route.Request.Frame.ParentFrame is null
            ? route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html; charset=utf-8",
                Body = html,
                Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = ContentSecurityPolicy },
            })
            : route.AbortAsync("blockedbyclient");
}
