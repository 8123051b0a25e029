using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Outgoing;

/// <summary>
/// Every PDF of an outgoing document that leaves the system is a numbered copy: "Bản số", the person and the
/// time stamped on every page, a line in the shared copy log; a document closed to copying gives no more than
/// the copies the signer decided; the copy log shows and prints for the clerk and is refused to an officer.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class OutgoingCopyTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Each_download_is_a_stamped_numbered_copy_in_the_copy_log_and_the_signers_count_is_the_limit()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "di-sao"));
        var id = await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft());
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        await outgoing.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, id, "issue");

        var clerk = await outgoing.Agency.AsAsync(OutgoingAgency.Clerk);
        var numbers = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var response = await clerk.GetAsync($"{outgoing.Tenant}/api/outgoing/{id}/pdf");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
            var number = long.Parse(response.Headers.GetValues("X-Copy-Number").Single());
            numbers.Add(number);
            var pdf = await response.Content.ReadAsByteArrayAsync();
            Assert.All(StampedPages(pdf), Assert.True);
            // The issued text under the stamp: the number the clerk filled in follows the printed symbol in content order.
            Assert.Contains("Số: /SNV-VP 01", PdfText.Read(pdf).Pages[0]);
        }
        Assert.Equal(3, numbers.Distinct().Count());

        // Copying forbidden: the three copies the signer decided are all there is.
        var refused = await clerk.GetAsync($"{outgoing.Tenant}/api/outgoing/{id}/pdf");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("không được sao, chụp", await refused.Content.ReadAsStringAsync());

        var logged = TenantStores.Rows(fixture.Server, outgoing.Tenant,
            $"SELECT \"Id\" FROM \"CopyLog\" WHERE \"DocumentKind\" = 'outgoing' AND \"DocumentId\" = {id} ORDER BY \"Id\"").Select(long.Parse);
        Assert.Equal(numbers, logged);

        var page = await clerk.GetAsync($"{outgoing.Tenant}/registers/copies");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.All(numbers, n => Assert.Contains($"data-number=\"{n}\"", html));
        Assert.Contains("Văn bản đi số 01/SNV-VP", html);

        var print = await clerk.GetAsync($"{outgoing.Tenant}/registers/copies/print");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        var log = PdfText.Read(await print.Content.ReadAsByteArrayAsync());
        Assert.Contains("SỔ QUẢN LÝ SAO, CHỤP", log.Pages[0]);
        Assert.Contains("Văn bản đi số 01/SNV-VP", log.All);
        Assert.Contains("MẬT", log.Pages[0]);

        var officer = await outgoing.Agency.AsAsync(OutgoingAgency.Officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"{outgoing.Tenant}/registers/copies/print")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"{outgoing.Tenant}/registers/copies")).StatusCode);
    }

    [Fact]
    public async Task The_outgoing_register_prints_the_issued_document_in_the_books_columns_for_the_clerk_only()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "di-so-dk"));
        var id = await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft());
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        await outgoing.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, id, "issue");

        var clerk = await outgoing.Agency.AsAsync(OutgoingAgency.Clerk);
        var response = await clerk.GetAsync($"{outgoing.Tenant}/api/outgoing/register/print");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var register = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI", register.Pages[0]);
        Assert.Contains("Số, ký hiệu", register.Pages[0]);
        Assert.Contains("01/SNV-VP", register.All);
        // Narrow cells wrap, and text is read line by line across the cells: the words of a cell are all there.
        Assert.All("Hoàng Văn Minh Không được sao, chụp".Split(' '), w => Assert.Contains(w, register.All.Split(' ', '\n')));
        Assert.Contains("1 dòng", register.Pages[0]);

        var officer = await outgoing.Agency.AsAsync(OutgoingAgency.Officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"{outgoing.Tenant}/api/outgoing/register/print")).StatusCode);
        var unknown = await clerk.GetAsync($"{outgoing.Tenant}/api/outgoing/register/print?book=khong-co");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_docx_for_editing_has_the_same_text_the_marks_and_its_copy_number_and_is_a_copy_in_the_log()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "di-docx"));
        var id = await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft());
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        await outgoing.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, id, "issue");

        var clerk = await outgoing.Agency.AsAsync(OutgoingAgency.Clerk);
        var response = await clerk.GetAsync($"{outgoing.Tenant}/api/outgoing/{id}/docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var number = response.Headers.GetValues("X-Copy-Number").Single();
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var main = word.MainDocumentPart!;
        var body = main.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Số: 01/SNV-VP", body);
        Assert.Contains("MẬT", body);
        Assert.Contains("KHẨN", body);
        Assert.Contains(body, l => l.EndsWith("V/v rà soát danh mục bí mật nhà nước năm 2026", StringComparison.Ordinal));
        Assert.Contains("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị các phòng rà soát tài liệu mật.", body);
        Assert.Contains("- Các phòng thuộc Sở;", body);
        Assert.Contains("Hoàng Văn Minh", body);
        Assert.Contains(body, l => l.StartsWith("Nghệ An, ngày ", StringComparison.Ordinal));
        var header = Assert.Single(main.HeaderParts).Header.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["MẬT", $"BẢN SỐ {number}"], header.Take(2));

        var form = TenantStores.Rows(fixture.Server, outgoing.Tenant, $"SELECT \"Form\" FROM \"CopyLog\" WHERE \"Id\" = {number}");
        Assert.Equal(["DOCX để chỉnh sửa"], form);
    }

    /// <summary>For each page, whether its resources place the copy's stamp.</summary>
    private static IEnumerable<bool> StampedPages(byte[] pdf) => PlacedObjects.Of(pdf).Select(names => names.Contains("PortalCopyStamp"));
}
