using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Rendering;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Outgoing;

/// <summary>
/// The outgoing path over real HTTP: an officer drafts a Mật công văn, the unit leader approves, the clerk
/// checks the format, the director signs after step-up, the clerk numbers and issues; the original is
/// read back with PdfPig and both signatures are verified.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class OutgoingFlowTests(DemoServerFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_draft_goes_through_review_check_signature_and_issue_and_the_original_carries_number_marks_and_both_signatures()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "di"));
        var id = await outgoing.CreateAsync(OutgoingAgency.Draft());
        var revised = await outgoing.Agency.AsAsync(OutgoingAgency.Officer);
        var put = await revised.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{outgoing.Tenant}/api/outgoing/{id}")
        {
            Content = JsonContent.Create(OutgoingAgency.Draft("V/v rà soát và báo cáo danh mục bí mật nhà nước năm 2026")),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        // Nobody but the drafter sees a draft; the leader sees it once it is submitted to them.
        Assert.Equal(HttpStatusCode.NotFound, (await (await outgoing.Agency.AsAsync(OutgoingAgency.UnitLeader)).GetAsync($"{outgoing.Tenant}/api/outgoing/{id}")).StatusCode);
        await outgoing.StepOkAsync(OutgoingAgency.Officer, id, "submit", new { next = OutgoingAgency.UnitLeader });
        var refusedByClerk = await outgoing.StepAsync(OutgoingAgency.Clerk, id, "approve", new { next = OutgoingAgency.Clerk });
        Assert.Equal(HttpStatusCode.NotFound, refusedByClerk.StatusCode);
        var returned = await outgoing.StepOkAsync(OutgoingAgency.UnitLeader, id, "return", new { note = "Bổ sung thời hạn báo cáo." });
        Assert.Equal("Draft", returned.GetProperty("status").GetString());
        await outgoing.StepOkAsync(OutgoingAgency.Officer, id, "submit", new { next = OutgoingAgency.UnitLeader });
        await outgoing.StepOkAsync(OutgoingAgency.UnitLeader, id, "approve", new { next = OutgoingAgency.Clerk });
        var leaderAgain = await outgoing.StepAsync(OutgoingAgency.UnitLeader, id, "check", new { next = OutgoingAgency.Signer, place = "Nghệ An", title = "Giám đốc", symbol = "SNV-VP" });
        Assert.Equal(HttpStatusCode.Forbidden, leaderAgain.StatusCode);
        Assert.Contains("Chỉ văn thư", await leaderAgain.Content.ReadAsStringAsync());
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, id, "check", new { next = OutgoingAgency.Signer, place = "Nghệ An", title = "Giám đốc", symbol = "SNV-VP" });

        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        var clock = Stopwatch.StartNew();
        await outgoing.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        output.WriteLine($"render + sign over HTTP: {clock.ElapsedMilliseconds} ms");
        clock.Restart();
        var issued = await outgoing.StepOkAsync(OutgoingAgency.Clerk, id, "issue");
        output.WriteLine($"number + agency signature over HTTP: {clock.ElapsedMilliseconds} ms");

        Assert.Equal("Issued", issued.GetProperty("status").GetString());
        Assert.Equal("01/SNV-VP", issued.GetProperty("numberSymbol").GetString());
        var timeline = issued.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("what").GetString()).ToList();
        Assert.Equal(["Tạo dự thảo văn bản đi", "Sửa dự thảo văn bản đi", "Trình lãnh đạo đơn vị duyệt", "Trả lại dự thảo để sửa",
            "Trình lãnh đạo đơn vị duyệt", "Lãnh đạo đơn vị duyệt dự thảo", "Văn thư kiểm tra thể thức", "Ký số văn bản đi",
            "Cấp số và phát hành văn bản đi"], timeline);

        var pdf = await outgoing.PdfAsync(OutgoingAgency.Clerk, id);
        var text = PdfText.Read(pdf);
        Assert.Contains("MẬT", text.Pages[0]);
        Assert.Contains("KHẨN", text.Pages[0]);
        Assert.Contains("Thời hạn bảo vệ: 10 năm", text.Pages[0]);
        Assert.Contains("V/v rà soát và báo cáo danh mục bí mật nhà nước năm 2026", text.Pages[0]);
        Assert.Contains("Hoàng Văn Minh", text.All);
        Assert.Contains("Cấp số 01/SNV-VP, ngày", Reasons(pdf));

        clock.Restart();
        var verdicts = await outgoing.Agency.GetJsonAsync(OutgoingAgency.Clerk, $"api/outgoing/{id}/signatures");
        output.WriteLine($"verify over HTTP: {clock.ElapsedMilliseconds} ms");
        var all = verdicts.EnumerateArray().ToList();
        Assert.Equal(2, all.Count);
        Assert.All(all, v => Assert.True(v.GetProperty("isValid").GetBoolean(), v.GetProperty("message").GetString()));
        Assert.Contains("Hoàng Văn Minh", all[0].GetProperty("signer").GetString());
        Assert.True(all[0].GetProperty("hasLaterAdditions").GetBoolean(), "The signer's signature is followed by the clerk's update.");
        Assert.DoesNotContain("Hoàng Văn Minh", all[1].GetProperty("signer").GetString());

        // The issued original is immutable: no step changes it any more.
        Assert.Equal(HttpStatusCode.Forbidden, (await outgoing.StepAsync(OutgoingAgency.Clerk, id, "issue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outgoing.StepAsync(OutgoingAgency.Signer, id, "return", new { note = "Sửa lại." })).StatusCode);
    }

    [Fact]
    public async Task Only_the_assigned_signer_signs_and_tuyet_mat_is_never_drafted()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "di-ky"));
        var tuyetMat = await outgoing.Agency.PostJsonAsync(OutgoingAgency.Officer, "api/outgoing", OutgoingAgency.Draft(level: "tuyet-mat"));
        Assert.Equal(HttpStatusCode.BadRequest, tuyetMat.StatusCode);
        Assert.Contains("Tuyệt mật không được soạn", await tuyetMat.Content.ReadAsStringAsync());

        var id = await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft());

        Assert.Equal(HttpStatusCode.NotFound, (await outgoing.StepAsync("phogiamdoc", id, "sign")).StatusCode);
        var byClerk = await outgoing.StepAsync(OutgoingAgency.Clerk, id, "sign");
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Contains("Chỉ người được trình ký", await byClerk.Content.ReadAsStringAsync());
        var early = await outgoing.StepAsync(OutgoingAgency.Clerk, id, "issue");
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Contains("chưa được ký", await early.Content.ReadAsStringAsync());
    }

    /// <summary>The signature dictionaries' /Reason strings, as a reader's signature panel shows them.</summary>
    private static string Reasons(byte[] pdf)
    {
        var verdictsText = new List<string>();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var form = document.TryGetForm(out var acro) ? acro : null;
        foreach (var field in form?.Fields ?? [])
        {
            var v = field.Dictionary.Data.GetValueOrDefault("V");
            var value = v is UglyToad.PdfPig.Tokens.IndirectReferenceToken reference
                ? document.Structure.GetObject(reference.Data).Data as UglyToad.PdfPig.Tokens.DictionaryToken
                : v as UglyToad.PdfPig.Tokens.DictionaryToken;
            if (value is not null && value.Data.TryGetValue("Reason", out var reason) && reason is UglyToad.PdfPig.Tokens.IDataToken<string> text)
                verdictsText.Add(text.Data);
        }
        return string.Join(" | ", verdictsText);
    }
}
