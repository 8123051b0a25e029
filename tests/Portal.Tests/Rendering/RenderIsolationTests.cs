using Portal.Rendering;

namespace Portal.Tests.Rendering;

/// <summary>HTML carrying user text can neither reach the network or the disk nor run a script while it is printed.</summary>
[Collection(RenderingCollection.Name)]
public sealed class RenderIsolationTests(RenderingFixture fixture)
{
    [Fact]
    public async Task Images_styles_frames_and_fonts_pointing_at_a_server_make_no_request()
    {
        using var listener = new LoopbackListener();
        var at = listener.Address;
        var html = Html.Document(
            $"<p>Nội dung được in</p><img src=\"{at}/anh.png\"><iframe src=\"{at}/khung\"></iframe><object data=\"{at}/doi-tuong\"></object>"
            + $"<video poster=\"{at}/poster.png\"></video><div style=\"background-image:url({at}/nen.png)\">nền</div>",
            $"<link rel=\"stylesheet\" href=\"{at}/kieu.css\"><style>@import url({at}/nhap.css);"
            + $"@font-face{{font-family:Ngoai;src:url({at}/phong.woff2)}}h1{{font-family:Ngoai}}</style>");

        var pdf = await fixture.Renderer.RenderAsync(new PdfRequest(html), CancellationToken.None);

        Assert.Contains("Nội dung được in", PdfText.Read(pdf).All);
        Assert.Equal(0, listener.Connections);
        await UnguardedChromium.PrintAsync(html);
        Assert.True(listener.Connections > 0, "The control print should have reached the listener.");
    }

    [Fact]
    public async Task The_browser_and_its_driver_run_with_downloads_off_and_pointed_at_a_closed_local_port()
    {
        await fixture.Renderer.RenderAsync(new PdfRequest(Html.Document("<p>Trang</p>")), CancellationToken.None);

        var browsers = ChromiumProcesses.Browsers();
        Assert.NotEmpty(browsers);
        foreach (var pid in browsers)
        {
            var environment = File.ReadAllText($"/proc/{pid}/environ").Split('\0');
            Assert.Contains("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1", environment);
            Assert.Contains("PLAYWRIGHT_DOWNLOAD_HOST=http://127.0.0.1:9", environment);
            Assert.Contains("PLAYWRIGHT_CHROMIUM_DOWNLOAD_HOST=http://127.0.0.1:9", environment);
        }
    }

    [Fact]
    public void The_shipped_driver_names_no_outside_download_host()
    {
        var bundle = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "lib", "coreBundle.js"));

        Assert.DoesNotContain("cdn.playwright.dev", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("playwright.download.prss.microsoft.com", bundle, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scripts_and_event_handlers_do_not_run()
    {
        var html = Html.Document("<p id=\"t\">Nội dung gốc</p>"
            + "<script>document.getElementById('t').textContent = 'Kịch bản đã chạy';</script>"
            + "<img src=\"data:,\" onerror=\"document.body.append('Sự kiện đã chạy')\">");

        var text = PdfText.Read(await fixture.Renderer.RenderAsync(new PdfRequest(html), CancellationToken.None)).All;

        Assert.Contains("Nội dung gốc", text);
        Assert.DoesNotContain("đã chạy", text);
        Assert.Contains("Kịch bản đã chạy", PdfText.Read(await UnguardedChromium.PrintAsync(html)).All);
    }

    [Fact]
    public async Task A_file_on_the_server_is_not_read_into_the_pdf()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"portal-render-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(secret, "Nội dung trên đĩa máy chủ");
        try
        {
            var html = Html.Document($"<p>Trang in</p><iframe src=\"file://{secret}\"></iframe><object data=\"file://{secret}\"></object>"
                + $"<embed src=\"file://{secret}\">");

            var text = PdfText.Read(await fixture.Renderer.RenderAsync(new PdfRequest(html), CancellationToken.None)).All;

            Assert.Contains("Trang in", text);
            Assert.DoesNotContain("trên đĩa", text);
        }
        finally
        {
            File.Delete(secret);
        }
    }
}
