using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.BrowserTests;

/// <summary>
/// Fresh demo agencies for the exchange pages, so the demo department's people keep their own sign-ins; and a Mật
/// công văn issued through the API (drafted, approved, checked, signed after step-up, issued), since only the
/// exchange pages are under test here.
/// </summary>
public static class ExchangeAgencies
{
    /// <summary>A new demo agency (people of every role) in the directory; its prefix and agency code.</summary>
    public static async Task<(string Tenant, string Code)> CreateAsync(PortalTestServer server, string stem)
    {
        var name = $"{stem}-{Guid.NewGuid():N}"[..20];
        var record = await server.CreateTenantAsync(name, "demo");
        return (name, record.AgencyCode);
    }

    /// <summary>Issues a Mật công văn with this subject in the agency; returns its id.</summary>
    public static async Task<int> IssueAsync(PortalTestServer server, string tenant, string subject)
    {
        var id = (await PostOkAsync(server, tenant, DemoAccounts.Officer, "api/outgoing", new
        {
            type = "cong-van",
            subject,
            body = "Đề nghị các cơ quan rà soát tài liệu bí mật nhà nước và báo cáo trước ngày 31 tháng 12.",
            level = "mat",
            urgency = "Khẩn",
            recipients = new[] { "Các xã trực thuộc" },
            copyCount = 3,
            copyingAllowed = false,
        })).GetProperty("id").GetInt32();
        await PostOkAsync(server, tenant, DemoAccounts.Officer, $"api/outgoing/{id}/submit", new { next = "truongphong" });
        await PostOkAsync(server, tenant, "truongphong", $"api/outgoing/{id}/approve", new { next = DemoAccounts.Clerk });
        await PostOkAsync(server, tenant, DemoAccounts.Clerk, $"api/outgoing/{id}/check",
            new { next = DemoAccounts.Director, place = "Nghệ An", title = "Giám đốc", symbol = "SNV-VP" });
        using var director = await SignedInAsync(server, tenant, DemoAccounts.Director);
        Assert.Equal(HttpStatusCode.Redirect, (await director.StepUpAsync(tenant, DemoAccounts.Director, $"/{tenant}/")).StatusCode);
        await PostOkAsync(director, tenant, $"api/outgoing/{id}/sign");
        await PostOkAsync(server, tenant, DemoAccounts.Clerk, $"api/outgoing/{id}/issue", new { });
        return id;
    }

    private static async Task<JsonElement> PostOkAsync(PortalTestServer server, string tenant, string userName, string path, object body)
    {
        using var client = await SignedInAsync(server, tenant, userName);
        return await PostOkAsync(client, tenant, path, body);
    }

    private static async Task<JsonElement> PostOkAsync(PortalClient client, string tenant, string path, object? body = null)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{tenant}/{path}") { Content = JsonContent.Create(body ?? new { }) });
        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<PortalClient> SignedInAsync(PortalTestServer server, string tenant, string userName)
    {
        var client = server.Client();
        Assert.True(await client.SignInAsync(tenant, userName, DemoAccounts.Password), $"{userName} could not sign in to {tenant}.");
        return client;
    }
}
