using Microsoft.Extensions.DependencyInjection;
using Portal.Files;

namespace Portal.Tests.Files;

/// <summary>Each bad upload gets its Vietnamese reason, and leaves nothing on disk or in the database.</summary>
[Collection(FilesCollection.Name)]
[Trait("Database", "Both")]
public sealed class VaultRejectionTests(FilesServerFixture fixture)
{
    /// <summary>Stores (and would record) the upload; returns the refusal's message after checking that nothing new is left.</summary>
    private async Task<string> RefusedAsync(Stream content, string? name)
    {
        var before = fixture.VaultContents();
        var error = await Assert.ThrowsAsync<FileRejectedException>(() => fixture.KeepAsync(content, name));
        Assert.Equal(before, fixture.VaultContents());
        return error.Message;
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        Assert.Contains("Tệp rỗng", await RefusedAsync(new MemoryStream(), "Công văn.pdf"));
    }

    [Fact]
    public async Task A_file_past_the_limit_is_refused_while_it_streams_without_a_length()
    {
        var message = await RefusedAsync(new GeneratedContent(FilesServerFixture.MaxFileBytes + 1, SampleFiles.PdfPrefix), "Quá lớn.pdf");

        Assert.Contains("vượt quá dung lượng cho phép (300 MB)", message);
    }

    [Fact]
    public void The_limit_is_200_MB_unless_configured()
    {
        Assert.Equal(200L * 1024 * 1024, new FilesOptions().MaxFileBytes);
    }

    [Theory]
    [InlineData("chuong-trinh.exe")]
    [InlineData("ghi-chu.txt")]
    [InlineData("khong-ten")]
    public async Task Content_of_an_unknown_type_is_refused_whatever_its_name(string name)
    {
        var message = await RefusedAsync(new MemoryStream("MZ\u0090\0 not a document"u8.ToArray()), name);

        Assert.Equal("Không nhận dạng được loại tệp từ nội dung; chỉ nhận PDF, PNG, JPEG, TIFF, DOCX.", message);
    }

    [Fact]
    public async Task An_extension_that_lies_about_the_content_is_refused()
    {
        var message = await RefusedAsync(new MemoryStream(SampleFiles.Png), "Quyết định.pdf");

        Assert.Equal("Tệp có phần mở rộng .pdf (PDF) nhưng nội dung là PNG; tệp không được nhận.", message);
    }

    [Fact]
    public async Task A_known_type_behind_an_unaccepted_extension_is_refused()
    {
        Assert.Contains("Phần mở rộng .exe không được chấp nhận", await RefusedAsync(new MemoryStream(SampleFiles.Pdf), "Báo cáo.pdf.exe"));
    }

    [Fact]
    public async Task A_zip_that_is_not_a_word_document_is_refused()
    {
        Assert.Equal("Tệp không phải văn bản Word (DOCX) hợp lệ.", await RefusedAsync(new MemoryStream(SampleFiles.ZipWithoutDocument()), "Bảng.docx"));
    }

    [Fact]
    public async Task A_docx_declaring_a_huge_entry_is_refused_as_a_bomb()
    {
        Assert.Contains("bom nén", await RefusedAsync(new MemoryStream(SampleFiles.DocxWithZeros(300L * 1024 * 1024)), "Bom.docx"));
    }

    [Fact]
    public async Task A_docx_with_an_extreme_compression_ratio_is_refused()
    {
        Assert.Contains("bom nén", await RefusedAsync(new MemoryStream(SampleFiles.DocxWithZeros(50L * 1024 * 1024)), "Nén.docx"));
    }

    [Fact]
    public async Task A_docx_whose_entry_lies_about_its_size_is_refused()
    {
        var message = await RefusedAsync(new MemoryStream(SampleFiles.DocxLyingAboutSize()), "Nói dối.docx");

        Assert.True(message.Contains("bom nén") || message.Contains("không phải văn bản Word"), message);
    }

    [Fact]
    public async Task A_docx_holding_another_archive_is_refused()
    {
        Assert.Contains("tệp nén lồng bên trong", await RefusedAsync(new MemoryStream(SampleFiles.DocxWithNestedZip()), "Lồng.docx"));
    }

    [Fact]
    public async Task A_docx_with_too_many_entries_is_refused_from_its_end_record()
    {
        Assert.Contains("bom nén", await RefusedAsync(new MemoryStream(SampleFiles.DocxWithEntries(6000)), "Nhiều phần.docx"));
    }

    [Fact]
    public async Task A_file_stored_but_refused_later_in_its_form_is_discarded()
    {
        var before = fixture.VaultContents();

        await fixture.InTenantAsync(async services =>
        {
            var vault = services.GetRequiredService<IFileVault>();
            var stored = await vault.StoreAsync(new MemoryStream(SampleFiles.Pdf), "Tờ trình.pdf", CancellationToken.None);
            vault.Discard(stored);
            return stored;
        });

        Assert.Equal(before, fixture.VaultContents());
    }
}
