using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Settings;
using Portal.Core.Tenancy;
using Portal.Exchange.Recall;
using Portal.Testing;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Exchange;

/// <summary>
/// A commune that confirms recalls by hand: the province's recall waits in the commune clerk's queue, the copy still
/// readable; the clerk refuses it with a reason, the province sees 16 with that reason, and the copy stays.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class RecallByHandTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task The_commune_clerk_refuses_a_recall_with_a_reason_and_the_province_sees_16()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        var (commune, code) = await network.NewCommuneAsync();
        var host = network.Server.Get<TenantHost>();
        await host.RunAsync((await host.ActivateAsync(commune.Tenant))!, async services =>
        {
            await services.GetRequiredService<ITenantSettings>().SetAsync(RecallConfirmation.ByHandKey, "true");
            return 0;
        });
        var id = await network.IssueTopSecretAsync("V/v phương án bảo vệ mục tiêu trọng điểm năm 2027");
        var sent = await network.SendAsync(id, new { recipients = new[] { code } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var envelopeId = await ExchangeTrackingTests.ArrivedAsync(network, commune, id);
        var documentId = await ExchangeTrackingTests.RegisterAsync(network, commune, envelopeId);
        var recalled = await network.Province.Agency.PostJsonAsync(OutgoingAgency.Clerk, $"api/exchange/outgoing/{id}/recall",
            new { reason = "Ban hành nhầm đối tượng nhận." });
        Assert.True(recalled.StatusCode == HttpStatusCode.OK, await recalled.Content.ReadAsStringAsync());

        Assert.True(await Eventually.TrueAsync(() => ArrivalState(commune, envelopeId) == "Chờ xác nhận thu hồi"));
        var document = $"{commune.Tenant}/api/incoming/{documentId}";
        Assert.Equal(HttpStatusCode.OK, (await (await commune.AsAsync(DemoAccounts.Clerk)).GetAsync(document)).StatusCode);
        var refusePath = $"api/exchange/arrivals/{network.ProvinceCode}/{envelopeId}/recall/refuse";
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.PostJsonAsync(DemoAccounts.Officer, refusePath, new { reason = "Không đồng ý" })).StatusCode);
        var withoutReason = await commune.PostJsonAsync(DemoAccounts.Clerk, refusePath, new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("Nhập lý do từ chối thu hồi", await withoutReason.Content.ReadAsStringAsync());
        Assert.Equal("Chờ xác nhận thu hồi", ArrivalState(commune, envelopeId));

        const string reason = "Văn bản đã được triển khai thực hiện, đề nghị ban hành văn bản thay thế.";
        Assert.Equal(HttpStatusCode.NoContent, (await commune.PostJsonAsync(DemoAccounts.Clerk, refusePath, new { reason })).StatusCode);
        var again = await commune.PostJsonAsync(DemoAccounts.Clerk, refusePath, new { reason });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("không có yêu cầu thu hồi nào chờ xác nhận", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest,
            (await commune.PostJsonAsync(DemoAccounts.Clerk, $"api/exchange/arrivals/{network.ProvinceCode}/{envelopeId}/recall/accept", new { })).StatusCode);

        JsonElement recipient = default;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            recipient = network.ProgressAsync(id).GetAwaiter().GetResult().EnumerateArray().Single(r => r.GetProperty("agencyCode").GetString() == code);
            return recipient.GetProperty("latest").GetProperty("code").GetString() == "16";
        }), recipient.ToString());
        Assert.Equal("Từ chối thu hồi", recipient.GetProperty("state").GetString());
        Assert.Equal(reason, recipient.GetProperty("latest").GetProperty("note").GetString());
        Assert.Equal(HttpStatusCode.OK, (await (await commune.AsAsync(DemoAccounts.Clerk)).GetAsync(document)).StatusCode);
        Assert.Equal("Đã vào sổ", ArrivalState(commune, envelopeId));
        var audit = network.AuditActions(commune.Tenant);
        Assert.Contains("exchange.recall-pending", audit);
        Assert.Contains("exchange.recall-refused", audit);
        Assert.DoesNotContain("exchange.recalled", audit);
        Assert.DoesNotContain("incoming.recalled", audit);
    }

    private static string? ArrivalState(Portal.Tests.Incoming.IncomingAgency commune, Guid envelopeId) =>
        commune.GetJsonAsync(DemoAccounts.Clerk, "api/exchange/arrivals").GetAwaiter().GetResult().EnumerateArray()
            .SingleOrDefault(a => a.GetProperty("envelopeId").GetGuid() == envelopeId) is { ValueKind: JsonValueKind.Object } a
            ? a.GetProperty("state").GetString() : null;
}
