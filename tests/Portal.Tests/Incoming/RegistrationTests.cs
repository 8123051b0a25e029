using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Incoming;

/// <summary>
/// What the clerk may and may not register, through the form and the API: every refusal is a clear
/// Vietnamese message and takes no number; a possible duplicate needs a recorded reason; a cancelled
/// registration keeps its number.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class RegistrationTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Tuyet_mat_a_future_date_missing_fields_and_bad_numbers_are_refused_and_take_no_number()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-tu-choi");
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var tomorrow = DateTime.UtcNow.AddHours(7).AddDays(1).ToString("yyyy-MM-dd");

        var tuyetMat = await Refused(clerk, agency, IncomingAgency.Form(("Level", "tuyet-mat")));
        Assert.Contains(tuyetMat, e => e.Contains("không quản lý tài liệu Tuyệt mật"));
        Assert.Contains(await Refused(clerk, agency, IncomingAgency.Form(("DocumentDate", tomorrow))), e => e.Contains("ở tương lai"));
        var missing = await Refused(clerk, agency, IncomingAgency.Form(("Sender", " "), ("NumberSymbol", ""), ("Subject", "")));
        Assert.Equal(["Chưa nhập cơ quan gửi (tác giả).", "Chưa nhập số, ký hiệu văn bản.", "Chưa nhập trích yếu."], missing);
        var numbers = await Refused(clerk, agency, IncomingAgency.Form(("PageCount", "ba"), ("CopyCount", "-2")));
        Assert.Contains("Số trang phải là số nguyên từ 1 đến 10.000; 'ba' không hợp lệ.", numbers);
        Assert.Contains("Số bản phải là số nguyên từ 1 đến 1.000; '-2' không hợp lệ.", numbers);

        var api = await agency.PostJsonAsync(DemoAccounts.Clerk, "api/incoming", Body(("level", "tuyet-mat")));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("Tuyệt mật", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());

        Assert.Empty(agency.StoredNumbers());
        var first = await agency.PostJsonAsync(DemoAccounts.Clerk, "api/incoming", Body());
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("arrivalNumber").GetInt32());
    }

    [Fact]
    public async Task Only_a_clerk_registers_and_only_what_their_clearance_covers()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-ai-vao-so");
        var officer = await agency.PostJsonAsync(DemoAccounts.Officer, "api/incoming", Body());
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await agency.AsAsync(DemoAccounts.Officer)).GetAsync($"{agency.Tenant}/incoming/new")).StatusCode);
        var unclearedAddressee = await agency.PostJsonAsync(DemoAccounts.Clerk, "api/incoming",
            Body(("level", "toi-mat"), ("addresseeOnly", true), ("addressee", "truongphong")));
        Assert.Equal(HttpStatusCode.BadRequest, unclearedAddressee.StatusCode);
        Assert.Contains("chưa được tiếp cận tài liệu Tối mật", await unclearedAddressee.Content.ReadAsStringAsync());
        Assert.Empty(agency.StoredNumbers());
    }

    [Fact]
    public async Task A_possible_duplicate_is_shown_and_registered_only_with_a_recorded_reason()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-trung");
        var form = IncomingAgency.Form(("NumberSymbol", "45/UBND-NC"));
        await agency.RegisterAsync(form);
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);

        // Same sender, number and date, typed with other case and spacing.
        var again = new Dictionary<string, string>(form) { ["Sender"] = "ỦY BAN NHÂN DÂN  tỉnh Nghệ An", ["NumberSymbol"] = "45 / UBND-NC" };
        var shown = await PortalClient.ParseAsync(await clerk.SubmitAsync($"{agency.Tenant}/incoming/new", again, "/incoming/new"));
        Assert.Contains("Số đến 1/", shown.QuerySelector("#duplicates")!.TextContent);
        Assert.NotNull(shown.QuerySelector("#DuplicateReason"));
        Assert.Equal([1], agency.StoredNumbers());

        var api = await agency.PostJsonAsync(DemoAccounts.Clerk, "api/incoming", Body(("sender", form["Sender"]), ("numberSymbol", "45/UBND-NC"),
            ("documentDate", form["DocumentDate"])));
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal(1, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidates")[0].GetProperty("arrivalNumber").GetInt32());

        again["DuplicateReason"] = "Bản thứ hai gửi kèm phụ lục, cơ quan gửi xác nhận qua điện thoại";
        var id = await agency.RegisterAsync(again);
        var page = await clerk.PageAsync($"{agency.Tenant}/incoming/{id}");
        Assert.Contains("Bản thứ hai gửi kèm phụ lục", page.QuerySelector("#entry")!.TextContent);
        Assert.Contains("Lý do vẫn vào sổ: Bản thứ hai gửi kèm phụ lục", page.QuerySelector("#timeline")!.TextContent);
        Assert.Equal([1, 2], agency.StoredNumbers().Order());
    }

    [Fact]
    public async Task A_cancelled_registration_keeps_its_number_marked_with_its_reason()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-huy");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        var refused = await agency.StepAsync(DemoAccounts.Clerk, id, "cancel", new() { ["reason"] = " " });
        Assert.Contains("Chưa nhập lý do hủy.", refused.QuerySelector(".alert-error")!.TextContent);

        var page = await agency.StepAsync(DemoAccounts.Clerk, id, "cancel", new() { ["reason"] = "Vào sổ nhầm văn bản của cơ quan khác" });
        Assert.Equal("Đã hủy vào sổ", page.QuerySelector("#status")!.TextContent);
        var next = await agency.RegisterAsync(IncomingAgency.Form());
        Assert.Equal([1, 2], agency.StoredNumbers().Order());

        var register = await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/incoming/register");
        var cancelled = register.QuerySelector("#register tr[data-number='1']")!;
        Assert.Equal("true", cancelled.GetAttribute("data-cancelled"));
        Assert.Contains("Đã hủy vào sổ: Vào sổ nhầm văn bản của cơ quan khác", cancelled.TextContent);
        Assert.Equal("false", register.QuerySelector("#register tr[data-number='2']")!.GetAttribute("data-cancelled"));
        Assert.NotEqual(id, next);
    }

    private static async Task<IReadOnlyList<string>> Refused(PortalClient clerk, IncomingAgency agency, Dictionary<string, string> form)
    {
        var response = await clerk.SubmitAsync($"{agency.Tenant}/incoming/new", form, "/incoming/new");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Pages.FormErrors(await PortalClient.ParseAsync(response));
    }

    /// <summary>A valid registration as the API takes it; <paramref name="changes"/> overrides fields.</summary>
    public static Dictionary<string, object> Body(params (string Key, object Value)[] changes)
    {
        var body = new Dictionary<string, object>
        {
            ["sender"] = "Bộ Công an",
            ["numberSymbol"] = $"{Guid.NewGuid():N}"[..8] + "/BCA-A03",
            ["documentDate"] = DateTime.UtcNow.AddHours(7).AddDays(-1).ToString("yyyy-MM-dd"),
            ["documentType"] = "Công văn",
            ["subject"] = "V/v hướng dẫn công tác bảo vệ bí mật nhà nước",
            ["level"] = "mat",
        };
        foreach (var (key, value) in changes)
            body[key] = value;
        return body;
    }
}
