using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;

namespace Portal.Tests.Outgoing;

/// <summary>A demo agency of its own, and the outgoing API's steps as each person takes them over HTTP.</summary>
public sealed class OutgoingAgency(IncomingAgency agency)
{
    public const string Officer = DemoAccounts.Officer;
    public const string UnitLeader = "truongphong";
    public const string Clerk = DemoAccounts.Clerk;
    public const string Signer = DemoAccounts.Director;

    public IncomingAgency Agency { get; } = agency;
    public string Tenant => Agency.Tenant;

    public static object Draft(string subject = "V/v rà soát danh mục bí mật nhà nước năm 2026", string level = "mat", string? protectionYears = null) => new
    {
        type = "cong-van",
        subject,
        body = "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị các phòng rà soát tài liệu mật.\n\nĐề nghị báo cáo trước ngày 31 tháng 01 năm 2026.",
        level,
        urgency = "Khẩn",
        recipients = new[] { "Các phòng thuộc Sở", "Giám đốc Sở (để báo cáo)" },
        copyCount = 3,
        copyingAllowed = false,
        protectionYears,
    };

    public async Task<int> CreateAsync(object draft)
    {
        var response = await Agency.PostJsonAsync(Officer, "api/outgoing", draft);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public Task<HttpResponseMessage> StepAsync(string userName, int id, string step, object? body = null) =>
        Agency.PostJsonAsync(userName, $"api/outgoing/{id}/{step}", body ?? new { });

    public async Task<JsonElement> StepOkAsync(string userName, int id, string step, object? body = null)
    {
        var response = await StepAsync(userName, id, step, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Draft → unit review → format check: the document waits for the director's signature.</summary>
    public async Task<int> AwaitingSignatureAsync(object draft)
    {
        var id = await CreateAsync(draft);
        await StepOkAsync(Officer, id, "submit", new { next = UnitLeader });
        await StepOkAsync(UnitLeader, id, "approve", new { next = Clerk });
        await StepOkAsync(Clerk, id, "check", new { next = Signer, place = "Nghệ An", title = "Giám đốc", symbol = "SNV-VP" });
        return id;
    }

    public async Task StepUpAsync(string userName)
    {
        var client = await Agency.AsAsync(userName);
        var response = await client.StepUpAsync(Tenant, userName, $"/{Tenant}/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task<byte[]> PdfAsync(string userName, int id)
    {
        var response = await (await Agency.AsAsync(userName)).GetAsync($"{Tenant}/api/outgoing/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
