using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Portal.Files;

namespace Portal.Tests.Files;

/// <summary>What goes into the vault comes back out, byte for byte, and is stored encrypted under a name of its id.</summary>
[Collection(FilesCollection.Name)]
[Trait("Database", "Both")]
public sealed class VaultRoundTripTests(FilesServerFixture fixture)
{
    public static TheoryData<string, StoredFileKind, string> Kinds => new()
    {
        { "pdf", StoredFileKind.Pdf, "application/pdf" },
        { "png", StoredFileKind.Png, "image/png" },
        { "jpeg", StoredFileKind.Jpeg, "image/jpeg" },
        { "tiff", StoredFileKind.Tiff, "image/tiff" },
        { "docx", StoredFileKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    private static byte[] Sample(string kind) => kind switch
    {
        "pdf" => SampleFiles.Pdf,
        "png" => SampleFiles.Png,
        "jpeg" => SampleFiles.Jpeg,
        "tiff" => SampleFiles.Tiff,
        _ => SampleFiles.Docx(),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_small_file_of_each_kind_comes_back_as_it_went_in(string kind, StoredFileKind expected, string contentType)
    {
        var bytes = Sample(kind);

        var stored = await fixture.KeepAsync(new MemoryStream(bytes), $"Bản chụp {kind}.{(kind == "jpeg" ? "jpg" : kind)}");

        var found = await fixture.FindAsync(stored.Id);
        Assert.NotNull(found);
        Assert.Equal(expected, found.Kind);
        Assert.Equal(contentType, found.ContentType);
        Assert.Equal(bytes.Length, found.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), found.Sha256);
        Assert.Equal(DateTimeKind.Utc, found.StoredUtc.Kind);
        Assert.Equal(found.Sha256, await fixture.ReadHashAsync(stored.Id));
    }

    [Fact]
    public async Task The_blob_is_named_from_the_id_and_holds_no_plain_content()
    {
        var bytes = SampleFiles.Docx();

        var stored = await fixture.KeepAsync(new MemoryStream(bytes), "../../Báo cáo mật.docx");

        var blob = fixture.BlobPath(stored.Id);
        Assert.StartsWith(fixture.VaultFolder, blob);
        Assert.DoesNotContain("Báo cáo", blob);
        var onDisk = await File.ReadAllBytesAsync(blob);
        Assert.Equal(-1, onDisk.AsSpan().IndexOf(bytes.AsSpan(0, 30)));
        Assert.Equal(-1, onDisk.AsSpan().IndexOf("word/document.xml"u8));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(blob));
    }

    [Fact]
    public async Task A_300_MB_file_exactly_at_the_limit_goes_in_and_out_in_bounded_memory()
    {
        const long length = FilesServerFixture.MaxFileBytes;
        var expected = GeneratedContent.Sha256(length, SampleFiles.PdfPrefix);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var stored = await fixture.KeepAsync(new GeneratedContent(length, SampleFiles.PdfPrefix), "Hồ sơ lớn.pdf");
        var read = await fixture.ReadHashAsync(stored.Id);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(length, stored.Length);
        Assert.Equal(expected, stored.Sha256);
        Assert.Equal(expected, read);
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated / (1024 * 1024)} MB were allocated to store and read 300 MB.");
    }

    [Fact]
    public async Task A_stream_can_seek_and_read_any_part()
    {
        const long length = 3 * 64 * 1024 + 100;
        var stored = await fixture.KeepAsync(new GeneratedContent(length, SampleFiles.PdfPrefix, seed: 3), "Phụ lục.pdf");
        var whole = new byte[length];
        await new GeneratedContent(length, SampleFiles.PdfPrefix, seed: 3).ReadExactlyAsync(whole);

        var slice = await fixture.InTenantAsync(async services =>
        {
            await using var content = await services.GetRequiredService<IFileVault>().OpenReadAsync(stored.Id, CancellationToken.None);
            content.Position = 2 * 64 * 1024 - 10;
            var buffer = new byte[200];
            await content.ReadExactlyAsync(buffer);
            return buffer;
        });

        Assert.Equal(whole.AsSpan(2 * 64 * 1024 - 10, 200).ToArray(), slice);
    }

    [Fact]
    public async Task The_text_of_a_docx_is_extracted_and_cut_at_the_limit()
    {
        var docx = await fixture.KeepAsync(new MemoryStream(SampleFiles.Docx()), "Công văn.docx");
        var pdf = await fixture.KeepAsync(new MemoryStream(SampleFiles.Pdf), "Công văn.pdf");

        var (text, cut, none) = await fixture.InTenantAsync(async services =>
        {
            var vault = services.GetRequiredService<IFileVault>();
            return (await vault.ExtractTextAsync(docx.Id, 10_000, CancellationToken.None),
                await vault.ExtractTextAsync(docx.Id, 10, CancellationToken.None),
                await vault.ExtractTextAsync(pdf.Id, 10_000, CancellationToken.None));
        });

        Assert.Equal(SampleFiles.DocxParagraph1 + "\n" + SampleFiles.DocxParagraph2, text);
        Assert.Equal(SampleFiles.DocxParagraph1[..10], cut);
        Assert.Null(none);
    }
}
