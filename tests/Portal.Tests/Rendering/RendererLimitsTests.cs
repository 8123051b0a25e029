using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Rendering;
using Portal.Testing;

namespace Portal.Tests.Rendering;

/// <summary>A job past its time limit, a missing browser, a table too long and the server's shutdown, as the caller or the machine sees them.</summary>
[Collection(RenderingCollection.Name)]
public sealed class RendererLimitsTests
{
    [Fact]
    public async Task A_job_past_its_time_limit_fails_with_a_Vietnamese_message()
    {
        await using var services = Module(new() { ["Portal:Rendering:TimeLimit"] = "00:00:00.001" });

        var refused = await Assert.ThrowsAsync<PdfRenderException>(() =>
            services.GetRequiredService<IPdfRenderer>().RenderAsync(new PdfRequest(Html.Document("<p>Sổ</p>")), CancellationToken.None));

        Assert.StartsWith("Quá thời gian tạo tệp PDF", refused.Message);
    }

    [Fact]
    public async Task A_missing_browser_fails_with_a_Vietnamese_message()
    {
        await using var services = Module(new() { ["Portal:Rendering:ChromiumPath"] = "/nonexistent/chromium" });

        var refused = await Assert.ThrowsAsync<PdfRenderException>(() =>
            services.GetRequiredService<IPdfRenderer>().RenderAsync(new PdfRequest(Html.Document("<p>Sổ</p>")), CancellationToken.None));

        Assert.StartsWith("Không tạo được tệp PDF", refused.Message);
    }

    [Fact]
    public async Task A_table_too_long_to_print_is_refused_before_anything_is_written()
    {
        await using var services = Module(new() { ["Portal:Rendering:MaxPdfTableRows"] = "1000" });
        var rows = Enumerable.Range(1, 1001).Select(i => (IReadOnlyList<string?>)[$"{i}", "Văn bản"]).ToAsyncEnumerable();
        using var output = new MemoryStream();

        var refused = await Assert.ThrowsAsync<PdfRenderException>(() => services.GetRequiredService<ITableExport>()
            .WriteAsync(new ExportTable("Sổ đăng ký", ["Số", "Trích yếu"], rows), TableFormat.Pdf, output, CancellationToken.None));

        Assert.Equal("Bảng có hơn 1.000 dòng, quá dài để in ra PDF. Xin xuất ra XLSX, hoặc chọn khoảng thời gian ngắn hơn.", refused.Message);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Stopping_the_server_closes_its_browser()
    {
        var before = ChromiumProcesses.Browsers();
        var server = await PortalTestServer.StartAsync(demoTenants: false);
        HashSet<int> started;
        try
        {
            await server.Get<IPdfRenderer>().RenderAsync(new PdfRequest(Html.Document("<p>In thử</p>")), CancellationToken.None);
            started = ChromiumProcesses.Browsers().Except(before).ToHashSet();
            Assert.NotEmpty(started);
        }
        finally
        {
            await server.DisposeAsync();
        }

        Assert.True(await Support.Eventually.TrueAsync(() => !ChromiumProcesses.Browsers().Overlaps(started)));
    }

    /// <summary>The module's own registrations with these settings, in a container of their own.</summary>
    private static ServiceProvider Module(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddLogging();
        new Portal.Rendering.Startup().ConfigureServices(services, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }
}
