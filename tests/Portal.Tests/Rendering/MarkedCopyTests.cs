using Portal.Rendering;

namespace Portal.Tests.Rendering;

/// <summary>The marked copy of a PDF: its pages rasterised outside the server up to the page limit, the copy saying so; other kinds refused in Vietnamese.</summary>
[Collection(RenderingCollection.Name)]
public sealed class MarkedCopyTests(RenderingFixture fixture)
{
    private IMarkedCopyRenderer Copies => fixture.Server.Get<IMarkedCopyRenderer>();

    [Fact]
    public async Task A_long_pdf_shows_its_first_thirty_pages_and_says_so()
    {
        var pages = string.Concat(Enumerable.Range(1, 35).Select(i => $"<p style=\"break-after:page\">Trang gốc {i}</p>"));
        var original = await fixture.Renderer.RenderAsync(new PdfRequest($"<!DOCTYPE html><html><body>{pages}</body></html>"), CancellationToken.None);

        var prepared = await Copies.PrepareAsync(new MemoryStream(original), "application/pdf", CancellationToken.None);
        var copy = PdfText.Read(await Copies.RenderAsync(prepared, new CopyMarks("TỐI MẬT", 417, "Trịnh Văn Sơn", DateTime.UtcNow, "Số đến 9/2026 — dài.pdf"),
            CancellationToken.None));

        Assert.True(prepared.Truncated);
        Assert.Equal(30, prepared.Pages.Count);
        Assert.All(prepared.Pages, p => Assert.Equal("image/jpeg", p.MediaType));
        Assert.Equal(30, copy.Pages.Count);
        Assert.All(copy.Pages, p => Assert.Contains("TỐI MẬT", p));
        Assert.All(copy.Pages, p => Assert.Contains("Bản số 417", p));
        Assert.Contains("Bản xem chỉ gồm 30 trang đầu", copy.Pages[^1]);
        Assert.DoesNotContain("Trang gốc", copy.All);
    }

    [Theory]
    [InlineData("image/tiff", "TIFF")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX")]
    public async Task Kinds_that_cannot_be_shown_are_refused_in_Vietnamese(string contentType, string name)
    {
        var refused = await Assert.ThrowsAsync<CopyNotViewableException>(() =>
            Copies.PrepareAsync(new MemoryStream([1, 2, 3]), contentType, CancellationToken.None));

        Assert.Contains($"Tệp định dạng {name} chưa xem được trên trình duyệt", refused.Message);
        Assert.Contains("tải về bản sao có số", refused.Message);
    }
}
