using Portal.Ocr;
using Portal.Ocr.Services;
using Portal.Testing;

namespace Portal.Tests.Ocr;

/// <summary>
/// Hostile and broken files fail their own job with a Vietnamese reason and no stack trace, inside the
/// worker's limits; the reader goes on reading the next file.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-ocr-hostile-").FullName;
    private readonly IsolatedOcrReader _reader = OcrReaders.Create();

    private async Task<string> RefusalAsync(string name, byte[] content, IsolatedOcrReader? reader = null)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, content);
        var refusal = await Assert.ThrowsAsync<OcrFailedException>(() => (reader ?? _reader).ReadAsync(path, name, null, CancellationToken.None));
        Assert.DoesNotContain(" at ", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", refusal.Message, StringComparison.Ordinal);
        return refusal.Message;
    }

    [Fact]
    public async Task A_png_bomb_of_50000_by_50000_pixels_is_refused_from_its_header()
    {
        var message = await RefusalAsync("bom.png", HostileFiles.PngBomb(50_000, 50_000));

        Assert.Contains("50.000×50.000", message.Replace(",", "."), StringComparison.Ordinal);
        Assert.Contains("bom giải nén", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_jpeg_whose_header_claims_65500_by_65500_is_refused_before_decoding()
    {
        var jpeg = HostileFiles.JpegClaiming(await File.ReadAllBytesAsync(OcrSamples.Image("sample1")), 65_500, 65_500);

        var message = await RefusalAsync("lon.jpg", jpeg);

        Assert.Contains("vượt giới hạn", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_jpeg_is_refused()
    {
        var jpeg = await File.ReadAllBytesAsync(OcrSamples.Image("sample1"));

        var message = await RefusalAsync("cut.jpg", jpeg[..(jpeg.Length * 3 / 5)]);

        Assert.Contains("bị cắt cụt", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_of_5000_pages_is_refused_by_its_page_count()
    {
        var message = await RefusalAsync("dai.pdf", TextPdf.Of(5_000));

        Assert.Contains("5.000 trang", message.Replace(",", "."), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_protected_pdf_is_refused()
    {
        var message = await RefusalAsync("khoa.pdf", HostileFiles.PasswordPdf(_folder));

        Assert.Contains("mật khẩu", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_polyglot_png_that_also_carries_a_zip_is_refused()
    {
        var png = await File.ReadAllBytesAsync(Path.Combine(OcrSamples.Folder, "decision-fax.png"));
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

        var message = await RefusalAsync("fax.png", [.. png, .. zip]);

        Assert.Contains("đa định dạng", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_named_as_an_image_whose_bytes_are_a_pdf_is_refused()
    {
        var message = await RefusalAsync("scan.png", TextPdf.Of(1));

        Assert.Contains("đuôi .png", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zero_byte_file_is_refused()
    {
        var message = await RefusalAsync("rong.jpg", []);

        Assert.Contains("0 byte", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_that_needs_more_memory_than_allowed_fails_its_job_and_the_next_job_reads()
    {
        using var tight = OcrReaders.Create(o => o.DataLimitBytes = 100L << 20);

        var message = await RefusalAsync("sample1.jpg", await File.ReadAllBytesAsync(OcrSamples.Image("sample1")), tight);

        Assert.Contains("giới hạn", message, StringComparison.Ordinal);
        var next = await _reader.ReadAsync(OcrSamples.Image("sample2"), null, null, CancellationToken.None);
        Assert.Equal(OcrSamples.Meta("sample2")[OcrFields.Number], next.Field(OcrFields.Number));
    }

    [Fact]
    public async Task A_job_past_its_time_limit_is_stopped_with_a_message()
    {
        using var hasty = OcrReaders.Create(o => o.TimeLimit = TimeSpan.FromMilliseconds(50));

        var message = await RefusalAsync("sample3.jpg", await File.ReadAllBytesAsync(OcrSamples.Image("sample3")), hasty);

        Assert.Contains("quá", message, StringComparison.Ordinal);
        Assert.Contains("giây", message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _reader.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
