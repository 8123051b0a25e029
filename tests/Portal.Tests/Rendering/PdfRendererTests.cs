using System.Diagnostics;
using Portal.Rendering;
using Xunit.Abstractions;

namespace Portal.Tests.Rendering;

/// <summary>What a reader finds in a printed PDF: Vietnamese text intact, A4 pages, the mark and page numbers on each.</summary>
[Collection(RenderingCollection.Name)]
public sealed class PdfRendererTests(RenderingFixture fixture, ITestOutputHelper output)
{
    private const string Subject = "Quyết định về việc tăng cường công tác bảo vệ bí mật nhà nước của Ủy ban nhân dân tỉnh Nghệ An";

    [Fact]
    public async Task Vietnamese_text_keeps_its_diacritics_and_is_set_in_Liberation_Serif_on_A4()
    {
        var clock = Stopwatch.StartNew();
        var pdf = await fixture.Renderer.RenderAsync(new PdfRequest(Html.Document($"<p>{Subject}</p><p>Sở Nội vụ: Ừ, Ỷ, Ữ, Ợ, Đ, đ.</p>")),
            CancellationToken.None);
        output.WriteLine($"1 page: {clock.ElapsedMilliseconds} ms");

        var text = PdfText.Read(pdf);
        Assert.Single(text.Pages);
        Assert.Contains(Subject, text.Pages[0]);
        Assert.Contains("Sở Nội vụ: Ừ, Ỷ, Ữ, Ợ, Đ, đ.", text.Pages[0]);
        Assert.Contains("Trang 1/1", text.Pages[0]);
        Assert.DoesNotContain("MẬT", text.Pages[0]);
        Assert.All(text.Fonts, f => Assert.Contains("LiberationSerif", f));
        AssertA4(text.Sizes[0].Width, text.Sizes[0].Height);
    }

    [Fact]
    public async Task Every_page_of_twenty_carries_the_mark_its_number_and_the_note()
    {
        var pages = string.Concat(Enumerable.Range(1, 20).Select(i => $"<section class=\"page\"><p>Phần {i}: {Subject}</p></section>"));
        var request = new PdfRequest(Html.Document(pages)) { Mark = "TỐI MẬT", FooterNote = "Bản in của Nguyễn Thị Hằng, 25/11/2026 10:15" };

        var clock = Stopwatch.StartNew();
        var pdf = await fixture.Renderer.RenderAsync(request, CancellationToken.None);
        output.WriteLine($"20 pages: {clock.ElapsedMilliseconds} ms");

        var text = PdfText.Read(pdf);
        Assert.Equal(20, text.Pages.Count);
        for (var i = 0; i < 20; i++)
        {
            Assert.Contains("TỐI MẬT", text.Pages[i]);
            Assert.Contains($"Trang {i + 1}/20", text.Pages[i]);
            Assert.Contains("Bản in của Nguyễn Thị Hằng, 25/11/2026 10:15", text.Pages[i]);
            Assert.Contains($"Phần {i + 1}: {Subject}", text.Pages[i]);
        }
    }

    [Fact]
    public async Task Mark_and_note_are_text_not_markup()
    {
        var request = new PdfRequest(Html.Document("<p>Nội dung</p>")) { Mark = "<b>MẬT</b>", FooterNote = "<img src=x> Lê & Trần" };

        var text = PdfText.Read(await fixture.Renderer.RenderAsync(request, CancellationToken.None));

        Assert.Contains("<b>MẬT</b>", text.All);
        Assert.Contains("<img src=x> Lê & Trần", text.All);
    }

    [Fact]
    public async Task Landscape_turns_the_page()
    {
        var pdf = await fixture.Renderer.RenderAsync(new PdfRequest(Html.Document("<p>Sổ đăng ký</p>")) { Landscape = true }, CancellationToken.None);

        var size = PdfText.Read(pdf).Sizes[0];
        AssertA4(size.Height, size.Width);
    }

    [Fact]
    public async Task Jobs_at_once_each_get_their_own_document()
    {
        var jobs = Enumerable.Range(1, 6).Select(i =>
            fixture.Renderer.RenderAsync(new PdfRequest(Html.Document($"<p>Văn bản số {i}/2026</p>")), CancellationToken.None)).ToList();

        var pdfs = await Task.WhenAll(jobs);

        for (var i = 0; i < pdfs.Length; i++)
        {
            var text = PdfText.Read(pdfs[i]).All;
            Assert.Contains($"Văn bản số {i + 1}/2026", text);
            Assert.Single(Enumerable.Range(1, 6), n => text.Contains($"Văn bản số {n}/2026"));
        }
    }

    [Fact]
    public async Task A_browser_that_died_is_started_again()
    {
        await fixture.Renderer.RenderAsync(new PdfRequest(Html.Document("<p>Trước</p>")), CancellationToken.None);
        var browsers = ChromiumProcesses.Browsers();
        Assert.NotEmpty(browsers);
        foreach (var pid in browsers)
            Process.GetProcessById(pid).Kill(entireProcessTree: true);
        Assert.True(await Support.Eventually.TrueAsync(() => !ChromiumProcesses.Browsers().Overlaps(browsers)));

        var pdf = await fixture.Renderer.RenderAsync(new PdfRequest(Html.Document("<p>Sau khi khởi động lại</p>")), CancellationToken.None);

        Assert.Contains("Sau khi khởi động lại", PdfText.Read(pdf).All);
        Assert.NotEmpty(ChromiumProcesses.Browsers());
    }

    /// <summary>A4 is 595 × 842 points; Chromium rounds it to 8.27 × 11.7 inches (595.9 × 842.9).</summary>
    private static void AssertA4(double width, double height)
    {
        Assert.InRange(width, 594, 597);
        Assert.InRange(height, 841, 844);
    }
}
