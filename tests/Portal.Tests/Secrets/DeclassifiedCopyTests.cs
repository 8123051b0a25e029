using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Secrets.Services;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Secrets;

/// <summary>
/// After declassification, by a decision or at the end of the period, every new copy of the document bears GIẢI MẬT with
/// the day and the decision on every page, where its classification stood; the holders (on its list, or who took a copy)
/// are notified, and a notice names the document only to a holder who may still see it.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class DeclassifiedCopyTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_declassified_outgoing_documents_new_copies_bear_GIAI_MAT_with_the_day_and_decision_and_its_holders_are_told()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "bmgiaidi"));
        const string subject = "V/v kiểm kê tài liệu mật năm 2026";
        var id = await outgoing.AwaitingSignatureAsync(new
        {
            type = "cong-van", subject, body = "Đề nghị các phòng kiểm kê tài liệu mật đang quản lý.", level = "mat", urgency = "",
            recipients = new[] { "Các phòng thuộc Sở" }, copyCount = 2, copyingAllowed = true,
        });
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        await outgoing.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, id, "issue");
        var before = await outgoing.PdfAsync(OutgoingAgency.Clerk, id);

        var decided = await outgoing.Agency.PostJsonAsync(DemoAccounts.Director, $"api/secrets/outgoing/{id}/decisions",
            new { action = "giai-mat", reason = "Đã công bố công khai", decisionNumber = "15/QĐ-SNV" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var today = SecretAgency.Today.ToString("dd/MM/yyyy");
        // The signed original is copied as it is (its signature still verifies) with the red stamp drawn over every page, as
        // an image like the copy's own block: PdfPig finds it placed on each page, and the text the stamp carries is
        // read below from the DOCX and the document's page, made from the same register facts.
        Assert.All(PlacedObjects.Of(before), names => Assert.DoesNotContain("PortalMarkStamp", names));
        var copy = await outgoing.PdfAsync(OutgoingAgency.Clerk, id);
        Assert.All(PlacedObjects.Of(copy), names => Assert.Equal(["PortalCopyStamp", "PortalMarkStamp"], names.Where(n => n.StartsWith("Portal")).Order()));
        var docx = await (await outgoing.Agency.AsAsync(OutgoingAgency.Clerk)).GetAsync($"{outgoing.Tenant}/api/outgoing/{id}/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var header = Assert.Single(word.MainDocumentPart!.HeaderParts).Header.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["GIẢI MẬT", $"Từ: {today} — Theo quyết định số 15/QĐ-SNV"], header.Take(2));
        var page = await (await outgoing.Agency.AsAsync(OutgoingAgency.Clerk)).PageAsync($"{outgoing.Tenant}/outgoing/{id}");
        Assert.Contains("Theo quyết định số 15/QĐ-SNV", page.QuerySelector(".dau-giai-mat")!.TextContent);

        // The drafter (on its list) and the clerk (on its list, and a copy holder) are told, with the document named.
        foreach (var holder in new[] { OutgoingAgency.Officer, OutgoingAgency.Clerk })
            Assert.Equal($"Văn bản mình giữ đã được giải mật: văn bản đi số 01/SNV-VP — {subject}", await NoticeAsync(outgoing.Agency, holder, id));
    }

    [Fact]
    public async Task At_the_end_of_its_period_an_incoming_documents_viewed_copy_bears_GIAI_MAT_and_a_copy_holder_no_longer_on_its_list_is_not_shown_it()
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmgiaiden");
        // Ends on 4 January 2036: the server's own sweep, on the real clock, never reaches it.
        var id = await agency.RegisterAsync(new DateOnly(2026, 1, 5), "mat", "7/UBND-KT");
        var clerk = await agency.Agency.AsAsync(DemoAccounts.Clerk);
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, id, ("Bản quét.png", TestImages.Png(400, 560)));
        var view = (await clerk.PageAsync($"{agency.Tenant}/incoming/{id}")).QuerySelector("#attachments a.download-copy")!.GetAttribute("href")!.TrimStart('/') + "/view";
        // An officer given a grant views a copy, then the grant is taken back: he holds a copy he may no longer see.
        await agency.GrantAsync(id, DemoAccounts.Officer);
        Assert.Equal(HttpStatusCode.OK, (await (await agency.Agency.AsAsync(DemoAccounts.Officer)).GetAsync(view)).StatusCode);
        await agency.RevokeAsync(id, DemoAccounts.Officer);

        var clock = new SettableClock(new DateTimeOffset(2036, 1, 5, 8, 0, 0, TimeSpan.FromHours(7)));
        await ActivatorUtilities.CreateInstance<PeriodSweeper>(fixture.Server.Services, (TimeProvider)clock).SweepAsync(agency.Tenant, CancellationToken.None);

        var response = await clerk.GetAsync(view);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var copy = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.All(copy.Pages, page =>
        {
            Assert.Contains("GIẢI MẬT", page);
            Assert.Contains("Từ: 05/01/2036", page);
            Assert.Contains("Hết thời hạn bảo vệ ngày 04/01/2036", page);
        });
        Assert.Contains("Văn bản mình giữ đã được giải mật: 7/UBND-KT", await NoticeAsync(agency.Agency, DemoAccounts.Clerk, id));
        // The officer's notice was written (he holds a copy) but his list leaves it out, number and all.
        Assert.Equal(2, TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT \"UserId\" FROM \"Notifications\" WHERE \"Kind\" = 'declassified' AND \"ResourceId\" = '{id}'").Count);
        var officers = await agency.Agency.GetJsonAsync(DemoAccounts.Officer, "api/notifications");
        Assert.DoesNotContain("7/UBND-KT", officers.GetRawText());
    }

    /// <summary>The text of the person's declassification notice for the document, once the outbox has delivered it.</summary>
    private static async Task<string> NoticeAsync(IncomingAgency agency, string userName, int documentId)
    {
        string? text = null;
        for (var attempt = 0; text is null && attempt < 100; attempt++)
        {
            var items = (await agency.GetJsonAsync(userName, "api/notifications")).GetProperty("items").EnumerateArray();
            text = items.Where(n => n.GetProperty("kind").GetString() == "declassified" && n.GetProperty("link").GetString()!.EndsWith($"/{documentId}"))
                .Select(n => n.GetProperty("text").GetString()).FirstOrDefault();
            if (text is null)
                await Task.Delay(100);
        }
        return text ?? "";
    }
}
