using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Tenancy;
using Portal.Ocr;
using Portal.Ocr.Models;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Ocr.Generated;
using Portal.Tests.Search;
using Portal.Tests.Support;
using SkiaSharp;

namespace Portal.Tests.Ocr.Intake;

/// <summary>
/// OCR intake over HTTP: a scan goes to the vault with its job in one transaction, the job is read in the
/// background with its progress, and its fields fill the registration form; the registration takes the scan
/// as its attachment once, and the text stays encrypted in the vault for the search index.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class OcrJobTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_scan_is_read_in_the_background_and_prefills_the_form_that_registers_it_once()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-ocr-vao-so");
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var meta = OcrSamples.Meta("sample1");

        var job = await OcrIntake.StartAsync(clerk, agency.Tenant, "cong-van.jpg", OcrIntake.Sample("sample1"));
        var waiting = await OcrIntake.ReadAsync(clerk, agency.Tenant, job);
        var finished = await OcrIntake.FinishedAsync(clerk, agency.Tenant, job);

        Assert.Contains(waiting.State, new[] { "queued", "running", "done" });
        Assert.Equal("done", finished.State);
        Assert.EndsWith($"/incoming/new?ocr={job}", finished.Location);
        var form = await clerk.PageAsync(finished.Location!);
        Assert.Equal(meta[OcrFields.Agency], form.QuerySelector<IHtmlInputElement>("#Sender")!.Value);
        Assert.Equal(meta[OcrFields.Number], form.QuerySelector<IHtmlInputElement>("#NumberSymbol")!.Value);
        Assert.Equal(meta[OcrFields.Date], form.QuerySelector<IHtmlInputElement>("#DocumentDate")!.Value);
        Assert.Equal(meta[OcrFields.Subject], form.QuerySelector<IHtmlTextAreaElement>("#Subject")!.Value);
        Assert.Equal(job.ToString(), form.QuerySelector<IHtmlInputElement>("input[name=OcrJob]")!.Value);
        var image = form.QuerySelector<IHtmlImageElement>(".ocr-scan img")!.GetAttribute("src")!;
        var scan = await clerk.GetAsync(image);
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        Assert.Equal("image/jpeg", scan.Content.Headers.ContentType?.MediaType);

        // The row holds fields and confidences; the text (and the body) only in the vault, encrypted.
        var row = await RowAsync(agency.Tenant, job);
        Assert.Equal(OcrJobState.Done, row.State);
        Assert.Equal(1, row.Attempts);
        Assert.Equal((1, 1), (row.Page, row.Pages));
        Assert.NotNull(row.TextFileId);
        var bodyLine = OcrSamples.Truth("sample1").Split('\n').OrderByDescending(l => l.Length).First().Trim();
        Assert.DoesNotContain(bodyLine[..30], row.FieldsJson, StringComparison.Ordinal);
        Assert.DoesNotContain(OcrFields.Body, row.FieldsJson, StringComparison.Ordinal);

        var values = OcrIntake.FormValues(form);
        values["next"] = "false";
        var registered = await clerk.SubmitAsync(finished.Location!, values, "/incoming/new");
        Assert.True(registered.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", Pages.FormErrors(await PortalClient.ParseAsync(registered))));
        var documentId = int.Parse(registered.Headers.Location!.OriginalString.Split('/').Last());
        var document = await clerk.PageAsync($"{agency.Tenant}/incoming/{documentId}");
        Assert.Contains("cong-van.jpg", document.QuerySelector("#attachments")!.TextContent, StringComparison.Ordinal);

        // The same job again (a second tab, a resubmitted form): refused, nothing registered twice.
        var again = await clerk.SubmitAsync($"{agency.Tenant}/incoming/new", new Dictionary<string, string>(IncomingAgency.Form(
            ("Sender", meta[OcrFields.Agency]), ("NumberSymbol", meta[OcrFields.Number]), ("DocumentDate", meta[OcrFields.Date]),
            ("DuplicateReason", "thử lại"), ("OcrJob", job.ToString()))), "/incoming/new");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("đã được vào sổ", (await PortalClient.ParseAsync(again)).QuerySelector(".alert-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await DocumentsAsync(agency.Tenant, meta[OcrFields.Number]));
        Assert.Equal(documentId.ToString(), (await RowAsync(agency.Tenant, job)).DocumentId);

        // The text for the search index, decrypted from the vault by document.
        var text = await InTenantAsync(agency.Tenant, s => s.GetRequiredService<IOcrTextSource>().TextAsync("incoming", documentId.ToString(), 100_000, default));
        Assert.Contains(bodyLine[..30], text, StringComparison.Ordinal);
        Assert.Equal("", await InTenantAsync(agency.Tenant, s => s.GetRequiredService<IOcrTextSource>().TextAsync("incoming", "999999", 100_000, default)));

        // The search finds the document by words only the scan's body has (indexed after the registration commits).
        var words = bodyLine[..30].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1];
        var phrase = $"\"{string.Join(' ', words)}\"";
        Assert.DoesNotContain(string.Join(' ', words), meta[OcrFields.Subject], StringComparison.OrdinalIgnoreCase);
        var search = new SearchAgency(agency);
        var found = await search.NumbersAsync(DemoAccounts.Clerk, phrase);
        for (var attempt = 0; attempt < 40 && found.Count == 0; attempt++)
        {
            await Task.Delay(250);
            found = await search.NumbersAsync(DemoAccounts.Clerk, phrase);
        }
        Assert.Equal([meta[OcrFields.Number]], found);

        var audit = await InTenantAsync(agency.Tenant, async s => (await s.GetRequiredService<IAuditReader>().ReadAsync(new AuditSearch(Limit: 1000), default)).Select(e => e.Action).ToList());
        Assert.Contains("ocr.job-created", audit);
        Assert.Contains("ocr.registered", audit);
    }

    [Fact]
    public async Task A_job_is_its_clerks_only_everyone_else_gets_404()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-ocr-rieng");
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var job = await OcrIntake.StartAsync(clerk, agency.Tenant, "anh.png", TestImages.Png(400, 300));
        await OcrIntake.FinishedAsync(clerk, agency.Tenant, job);
        var officer = await agency.AsAsync(DemoAccounts.Officer);
        var director = await agency.AsAsync(DemoAccounts.Director);

        foreach (var other in new[] { officer, director })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{agency.Tenant}/ocr/jobs/{job}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{agency.Tenant}/ocr/jobs/{job}/pages/1")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"{agency.Tenant}/ocr/jobs/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"{agency.Tenant}/ocr/new")).StatusCode);

        // Another agency's clerk, with the same job id in the address.
        var elsewhere = await IncomingAgency.CreateAsync(fixture.Server, "xa-ocr-khac");
        var otherClerk = await elsewhere.AsAsync(DemoAccounts.Clerk);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClerk.GetAsync($"{elsewhere.Tenant}/ocr/jobs/{job}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClerk.GetAsync($"{elsewhere.Tenant}/incoming/new?ocr={job}")).StatusCode);
    }

    [Fact]
    public async Task Hostile_files_each_fail_their_own_job_in_vietnamese_while_the_server_keeps_serving()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-ocr-doc-hai");
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var folder = Directory.CreateTempSubdirectory("portal-ocr-intake-").FullName;
        try
        {
            var fax = await File.ReadAllBytesAsync(Path.Combine(OcrSamples.Folder, "decision-fax.png"));
            byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
            var files = new (string Name, byte[] Content, string Says)[]
            {
                ("bom.png", HostileFiles.PngBomb(50_000, 50_000), "bom giải nén"),
                ("fax.png", [.. fax, .. zip], "đa định dạng"),
                ("mat-khau.pdf", HostileFiles.PasswordPdf(folder), "mật khẩu"),
                ("dai.pdf", TextPdf.Of(5_000), "trang"),
            };
            var jobs = new List<(Guid Job, string Says)>();
            foreach (var (name, content, says) in files)
                jobs.Add((await OcrIntake.StartAsync(clerk, agency.Tenant, name, content), says));

            // Meanwhile the server answers other requests.
            var other = await agency.AsAsync(DemoAccounts.Officer);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var answer = await other.GetAsync($"{agency.Tenant}/incoming/mine");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), started.Elapsed.ToString());

            foreach (var (job, says) in jobs)
            {
                var finished = await OcrIntake.FinishedAsync(clerk, agency.Tenant, job);
                Assert.Equal("failed", finished.State);
                Assert.Contains(says, finished.Error, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Exception", finished.Error, StringComparison.Ordinal);
                Assert.DoesNotContain(" at ", finished.Error, StringComparison.Ordinal);
            }
            Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"{agency.Tenant}/incoming/mine")).StatusCode);

            // A zero-byte file is refused at the door, before it becomes a job.
            var empty = await OcrIntake.UploadAsync(clerk, agency.Tenant, "rong.png", []);
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Contains("Tệp rỗng", (await PortalClient.ParseAsync(empty)).Body!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_letter_marked_tuyet_mat_is_refused_and_cannot_be_registered()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-ocr-tuyet-mat");
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var letter = LetterSpecs.Create(7_003, Damage.Scan) with { Classification = "TUYỆT MẬT" };
        using var bitmap = LetterRenderer.Draw(letter);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        var job = await OcrIntake.StartAsync(clerk, agency.Tenant, "tuyet-mat.png", png.ToArray());
        var finished = await OcrIntake.FinishedAsync(clerk, agency.Tenant, job);

        Assert.Equal("done", finished.State);
        Assert.Null(finished.Location);
        var page = await clerk.PageAsync($"{agency.Tenant}/ocr/jobs/{job}");
        Assert.Contains("TUYỆT MẬT", page.QuerySelector("#ocr-top-secret")!.TextContent, StringComparison.Ordinal);
        var form = await clerk.GetAsync($"{agency.Tenant}/incoming/new?ocr={job}");
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        var forced = await clerk.SubmitAsync($"{agency.Tenant}/incoming/new", IncomingAgency.Form(("OcrJob", job.ToString())), "/incoming/new");
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Contains("TUYỆT MẬT", await forced.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await RowAsync(agency.Tenant, job)).DocumentId);
    }

    private Task<OcrJob> RowAsync(string tenant, Guid job) =>
        InTenantAsync(tenant, s => s.GetRequiredService<OcrDb>().Jobs.AsNoTracking().SingleAsync(j => j.Id == job));

    private Task<int> DocumentsAsync(string tenant, string number) =>
        InTenantAsync(tenant, s => s.GetRequiredService<Portal.Incoming.Models.IncomingDb>().Documents.CountAsync(d => d.NumberSymbol == number));

    private async Task<T> InTenantAsync<T>(string tenant, Func<IServiceProvider, Task<T>> work)
    {
        var host = fixture.Server.Get<TenantHost>();
        var context = await host.ActivateAsync(tenant) ?? throw new InvalidOperationException(tenant);
        return await host.RunAsync(context, work);
    }
}
