using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Portal.Testing;

namespace Portal.Tests.Files;

/// <summary>The upload reader over real HTTP: fields and files streamed into the vault, refusals with their message, nothing left behind.</summary>
[Collection(FilesCollection.Name)]
[Trait("Database", "Both")]
public sealed class MultipartUploadTests(FilesServerFixture fixture)
{
    private const string Path = FilesServerFixture.Tenant + "/test-uploads";

    private async Task<(PortalClient Client, StringContent Token)> SignedInFormAsync()
    {
        var client = await fixture.Clients.TenantAdminAsync(FilesServerFixture.Tenant);
        var page = new HtmlParser().ParseDocument(await (await client.GetAsync(Path)).Content.ReadAsStringAsync());
        var input = page.QuerySelector("input[type=hidden]")!;
        return (client, new StringContent(input.GetAttribute("value")!));
    }

    private static StreamContent FilePart(Stream content, string contentType = "application/octet-stream")
    {
        var part = new StreamContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return part;
    }

    private static Task<HttpResponseMessage> PostAsync(PortalClient client, MultipartFormDataContent form) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, Path) { Content = form });

    [Fact]
    public async Task Fields_and_files_larger_than_the_server_wide_limit_are_streamed_into_the_vault()
    {
        const long large = 40L * 1024 * 1024;
        var (client, token) = await SignedInFormAsync();
        using var form = new MultipartFormDataContent
        {
            { token, "__RequestVerificationToken" },
            { new StringContent("Về việc bảo vệ bí mật nhà nước"), "subject" },
            { FilePart(new GeneratedContent(large, SampleFiles.PdfPrefix, seed: 5), "application/pdf"), "attachments", "Hồ sơ quét.pdf" },
            { FilePart(new MemoryStream(SampleFiles.Docx())), "attachments", "Dự thảo.docx" },
        };

        using var response = await PostAsync(client, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Về việc bảo vệ bí mật nhà nước", json.RootElement.GetProperty("subject").GetString());
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["Hồ sơ quét.pdf", "Dự thảo.docx"], files.Select(f => f.GetProperty("fileName").GetString()));
        var scan = Guid.Parse(files[0].GetProperty("id").GetString()!);
        Assert.Equal(large, (await fixture.FindAsync(scan))!.Length);
        Assert.Equal(GeneratedContent.Sha256(large, SampleFiles.PdfPrefix, seed: 5), await fixture.ReadHashAsync(scan));
    }

    [Fact]
    public async Task A_form_without_its_token_first_is_refused_before_any_file_is_kept()
    {
        var (client, token) = await SignedInFormAsync();
        var before = fixture.VaultContents();
        using var form = new MultipartFormDataContent
        {
            { FilePart(new MemoryStream(SampleFiles.Pdf)), "attachments", "Công văn.pdf" },
            { token, "__RequestVerificationToken" },
        };

        using var response = await PostAsync(client, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Biểu mẫu đã hết hạn hoặc không hợp lệ; hãy tải lại trang rồi gửi lại.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, fixture.VaultContents());
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var (client, _) = await SignedInFormAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("CfDJ8forged"), "__RequestVerificationToken" },
            { FilePart(new MemoryStream(SampleFiles.Pdf)), "attachments", "Công văn.pdf" },
        };

        using var response = await PostAsync(client, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_2_GB_upload_without_a_length_is_stopped_at_the_limit_and_leaves_nothing()
    {
        const long twoGigabytes = 2L * 1024 * 1024 * 1024;
        var (client, token) = await SignedInFormAsync();
        var before = fixture.VaultContents();

        var outcome = await RawChunkedUpload.SendAsync(fixture.Server.BaseAddress, Path, client.Cookies, await token.ReadAsStringAsync(),
            new GeneratedContent(twoGigabytes, SampleFiles.PdfPrefix), "Khổng lồ.pdf");

        Assert.Equal(400, outcome.Status);
        Assert.Equal("Tệp vượt quá dung lượng cho phép (300 MB).", outcome.Body);
        Assert.True(outcome.BytesSent < twoGigabytes, "The server read the whole upload instead of stopping at its limit.");
        Assert.Equal(before, fixture.VaultContents());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Path)).StatusCode);
    }

    [Fact]
    public async Task A_bad_second_file_discards_the_first_and_nothing_is_left()
    {
        var (client, token) = await SignedInFormAsync();
        var before = fixture.VaultContents();
        using var form = new MultipartFormDataContent
        {
            { token, "__RequestVerificationToken" },
            { FilePart(new MemoryStream(SampleFiles.Pdf)), "attachments", "Công văn.pdf" },
            { FilePart(new MemoryStream(SampleFiles.Png)), "attachments", "Phụ lục.docx" },
        };

        using var response = await PostAsync(client, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Tệp có phần mở rộng .docx (DOCX) nhưng nội dung là PNG; tệp không được nhận.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, fixture.VaultContents());
    }
}
