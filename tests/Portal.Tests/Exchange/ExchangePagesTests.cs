using System.Net;
using Portal.Testing;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Exchange;

/// <summary>
/// The exchange pages over real HTTP, as a clerk uses them: the province's clerk sends from the document's exchange
/// page, the commune's clerk finds it in "Văn bản điện tử đến", opens it (signatures checked) and registers it from
/// the pre-filled form; the province's page shows the commune's 03, then the recall and the commune's 15.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class ExchangePagesTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_clerk_sends_the_commune_registers_from_its_queue_and_the_province_sees_the_status_then_recalls()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        const string subject = "V/v bảo đảm an ninh trật tự dịp kỷ niệm ngày thành lập tỉnh";
        var id = await network.IssueTopSecretAsync(subject);
        var (commune, code) = network.Communes[0];
        var province = await network.Province.Agency.AsAsync(OutgoingAgency.Clerk);
        var sendingPage = $"{network.Province.Tenant}/exchange/outgoing/{id}";
        var documentPage = await province.PageAsync($"{network.Province.Tenant}/outgoing/{id}");
        Assert.Equal("/" + sendingPage, documentPage.QuerySelector("#exchange-link")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await network.Province.Agency.AsAsync("chuyenvien2")).GetAsync(sendingPage)).StatusCode);
        var sent = await province.SubmitAsync(sendingPage, new Dictionary<string, string> { ["group"] = "", ["recipients"] = code }, "/send");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var envelopeId = await ExchangeTrackingTests.ArrivedAsync(network, commune, id);
        var clerk = await commune.AsAsync(DemoAccounts.Clerk);
        var queue = await clerk.PageAsync($"{commune.Tenant}/exchange/arrivals");
        var line = queue.QuerySelector($"#arrivals tr[data-envelope='{envelopeId}']");
        Assert.NotNull(line);
        Assert.Contains("TỐI MẬT", line.TextContent);
        Assert.Equal("Chờ vào sổ", line.QuerySelector(".arrival-state")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await commune.AsAsync(DemoAccounts.Officer)).GetAsync($"{commune.Tenant}/exchange/arrivals")).StatusCode);

        var openPath = $"{commune.Tenant}/exchange/arrivals/{network.ProvinceCode}/{envelopeId}";
        var opened = await clerk.PageAsync(openPath);
        Assert.NotNull(opened.QuerySelector("#envelope-verified"));
        Assert.Equal(subject, opened.QuerySelector("#register-form textarea[name=Subject]")!.TextContent);
        var registered = await clerk.SubmitAsync(openPath, new Dictionary<string, string> { ["PageCount"] = "3" }, "/register");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Matches($"/{commune.Tenant}/incoming/\\d+$", registered.Headers.Location!.OriginalString);
        queue = await clerk.PageAsync($"{commune.Tenant}/exchange/arrivals");
        Assert.Equal("Đã vào sổ", queue.QuerySelector($"#arrivals tr[data-envelope='{envelopeId}'] .arrival-state")!.TextContent.Trim());

        AngleSharp.Dom.IDocument? page = null;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            page = province.PageAsync(sendingPage).GetAwaiter().GetResult();
            return page.QuerySelector($"#recipients tr[data-agency='{code}'] .latest")?.TextContent.StartsWith("03 ", StringComparison.Ordinal) == true;
        }), page?.QuerySelector("#recipients")?.TextContent);

        var recalled = await province.SubmitAsync(sendingPage, new Dictionary<string, string> { ["reason"] = "Ban hành nhầm đối tượng nhận." }, "/recall");
        Assert.Equal(HttpStatusCode.Redirect, recalled.StatusCode);
        Assert.True(await Eventually.TrueAsync(() =>
        {
            page = province.PageAsync(sendingPage).GetAwaiter().GetResult();
            return page.QuerySelector($"#recipients tr[data-agency='{code}'] .delivery")?.TextContent.Trim() == "Đã thu hồi";
        }), page?.QuerySelector("#recipients")?.TextContent);
        Assert.NotNull(page!.QuerySelector("#recalled"));
        Assert.Null(page.QuerySelector("#send-form"));
    }
}
