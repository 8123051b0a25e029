using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Testing;

/// <summary>
/// The central office's people (recipe central-office-people, applied by the demo set-up) take one Mật document from
/// draft to issued original over HTTP, as they would by hand: the officer drafts, the unit head approves, the clerk
/// checks, the leader signs, the clerk issues. URLs of the central office have no tenant prefix.
/// </summary>
public static class CentralOfficeDocument
{
    public const string Officer = "chuyenvien", UnitHead = "vutruong", Clerk = "vanthu", Signer = "chunhiem";

    /// <summary>The document's id and the clerk's signed-in client, which sends it on.</summary>
    public static async Task<(int Id, PortalClient Clerk)> IssueAsync(PortalTestServer server,
        string subject = "V/v triển khai quy chế bảo vệ bí mật nhà nước")
    {
        var people = new Dictionary<string, PortalClient>();
        foreach (var user in new[] { Officer, UnitHead, Clerk, Signer })
        {
            var client = server.Client();
            if (!await client.SignInAsync("", user, DemoAccounts.Password))
                throw new InvalidOperationException($"{user} could not sign in to the central office.");
            people[user] = client;
        }
        var id = (await PostAsync(people[Officer], "api/outgoing", new
        {
            type = "cong-van", subject, level = "mat", urgency = "Khẩn",
            body = "Đề nghị các cơ quan triển khai quy chế bảo vệ bí mật nhà nước và báo cáo kết quả trước ngày 31 tháng 01.",
            recipients = new[] { "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các cấp" }, copyCount = 1, copyingAllowed = false,
        }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await PostAsync(people[Officer], $"api/outgoing/{id}/submit", new { next = UnitHead });
        await PostAsync(people[UnitHead], $"api/outgoing/{id}/approve", new { next = Clerk });
        await PostAsync(people[Clerk], $"api/outgoing/{id}/check",
            new { next = Signer, place = "Hà Nội", title = "Bộ trưởng, Chủ nhiệm", symbol = "VPCP-TH" });
        await people[Signer].StepUpAsync("", Signer, "/");
        await PostAsync(people[Signer], $"api/outgoing/{id}/sign", new { });
        await PostAsync(people[Clerk], $"api/outgoing/{id}/issue", new { });
        foreach (var client in people.Where(p => p.Key != Clerk).Select(p => p.Value))
            client.Dispose();
        return (id, people[Clerk]);
    }

    /// <summary>POSTs JSON; anything but the expected status throws with the server's answer.</summary>
    public static async Task<JsonElement> PostAsync(PortalClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) });
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
