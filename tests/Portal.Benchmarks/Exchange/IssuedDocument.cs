using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;

namespace Portal.Benchmarks.Exchange;

/// <summary>The demo department's people take one Mật document from draft to issued original over HTTP, as they would by hand.</summary>
public static class IssuedDocument
{
    public static async Task<(int Id, PortalClient Clerk)> IssueAsync(PortalTestServer server, string tenant)
    {
        var people = new Dictionary<string, PortalClient>();
        foreach (var user in new[] { DemoAccounts.Officer, "truongphong", DemoAccounts.Clerk, DemoAccounts.Director })
        {
            var client = server.Client();
            if (!await client.SignInAsync(tenant, user, DemoAccounts.Password))
                throw new InvalidOperationException($"{user} could not sign in to {tenant}.");
            people[user] = client;
        }
        var id = (await PostAsync(people[DemoAccounts.Officer], $"{tenant}/api/outgoing", new
        {
            type = "cong-van", subject = "V/v triển khai quy chế bảo vệ bí mật nhà nước", level = "mat", urgency = "Khẩn",
            body = "Đề nghị các xã triển khai quy chế bảo vệ bí mật nhà nước và báo cáo kết quả trước ngày 31 tháng 01.",
            recipients = new[] { "Ủy ban nhân dân các xã" }, copyCount = 1, copyingAllowed = false,
        }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await PostAsync(people[DemoAccounts.Officer], $"{tenant}/api/outgoing/{id}/submit", new { next = "truongphong" });
        await PostAsync(people["truongphong"], $"{tenant}/api/outgoing/{id}/approve", new { next = DemoAccounts.Clerk });
        await PostAsync(people[DemoAccounts.Clerk], $"{tenant}/api/outgoing/{id}/check",
            new { next = DemoAccounts.Director, place = "Nghệ An", title = "Giám đốc", symbol = "SNV-VP" });
        await people[DemoAccounts.Director].StepUpAsync(tenant, DemoAccounts.Director, $"/{tenant}/");
        await PostAsync(people[DemoAccounts.Director], $"{tenant}/api/outgoing/{id}/sign", new { });
        await PostAsync(people[DemoAccounts.Clerk], $"{tenant}/api/outgoing/{id}/issue", new { });
        return (id, people[DemoAccounts.Clerk]);
    }

    public static async Task<JsonElement> PostAsync(PortalClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) });
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
