using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;

namespace Portal.Tests.Calendar;

/// <summary>
/// Incoming deadlines on the working calendar, over HTTP with the server's clock set around Tết 2027: overdue means
/// a working day has passed since the deadline, a leader sets a deadline in working days, and a document not submitted
/// by the next working day after it arrived (Decree 30/2020) is overdue for its clerk.
/// </summary>
[Collection(TetServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class IncomingDeadlineTests(TetServerFixture fixture)
{
    private IncomingAgency Agency => fixture.Agency;

    [Fact]
    public async Task A_deadline_before_Tet_is_overdue_only_once_a_working_day_has_passed()
    {
        var id = await Agency.RegisterAsync(IncomingAgency.Form(("Deadline", "2027-02-04")));
        await Agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });

        Assert.Contains(id, await IdsAsync(DemoAccounts.Director, "due-soon"));
        Assert.DoesNotContain(id, await fixture.AtAsync(new DateTime(2027, 2, 4, 16, 59, 0), () => IdsAsync(DemoAccounts.Director, "overdue")));
        // Tết: Friday 5 to Wednesday 10 are days off, so no working time has passed since Thursday's deadline.
        Assert.DoesNotContain(id, await fixture.AtAsync(new DateTime(2027, 2, 9, 10, 0, 0), () => IdsAsync(DemoAccounts.Director, "overdue")));
        Assert.Contains(id, await fixture.AtAsync(new DateTime(2027, 2, 11, 8, 30, 0), () => IdsAsync(DemoAccounts.Director, "overdue")));

        var page = await fixture.AtAsync(new DateTime(2027, 2, 11, 8, 30, 0), async () =>
            await (await Agency.AsAsync(DemoAccounts.Director)).PageAsync($"{Agency.Tenant}/incoming/overdue"));
        Assert.Contains("row-overdue", page.QuerySelector($"#documents tr[data-id='{id}']")!.ClassName);
    }

    [Fact]
    public async Task A_leader_sets_the_deadline_in_working_days_and_Tet_does_not_count()
    {
        var id = await Agency.RegisterAsync(IncomingAgency.Form());
        await Agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });

        var bad = await Agency.PostJsonAsync(DemoAccounts.Director, $"api/incoming/{id}/direct",
            new { direction = "Xử lý", leadHandler = DemoAccounts.Officer, deadlineWorkingDays = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Số ngày làm việc của hạn xử lý phải từ 1", await bad.Content.ReadAsStringAsync());
        Assert.Equal("awaiting-direction", (await Agency.GetJsonAsync(DemoAccounts.Director, $"api/incoming/{id}")).GetProperty("status").GetString());

        var page = await Agency.StepAsync(DemoAccounts.Director, id, "direct", new()
        {
            ["Direction"] = "Giao đồng chí chủ trì, báo cáo đúng hạn.", ["LeadHandler"] = DemoAccounts.Officer,
            ["Deadline"] = "", ["DeadlineWorkingDays"] = "5",
        });

        Assert.Contains("Hạn xử lý: 16/02/2027", page.DocumentElement.TextContent);
        Assert.Equal("2027-02-16", (await Agency.GetJsonAsync(DemoAccounts.Officer, $"api/incoming/{id}")).GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task A_document_not_submitted_by_the_next_working_day_after_arrival_is_overdue_for_its_clerk()
    {
        var (inHours, afterHours) = await fixture.AtAsync(new DateTime(2027, 2, 11, 9, 0, 0), async () =>
            (await Agency.RegisterAsync(IncomingAgency.Form(("ArrivedAt", "2027-02-04T16:00"))),
             await Agency.RegisterAsync(IncomingAgency.Form(("ArrivedAt", "2027-02-04T17:30")))));

        // Arrived in working hours on Thursday 4: the next working day is Thursday 11, after Tết.
        var onFriday = await fixture.AtAsync(new DateTime(2027, 2, 12, 10, 0, 0), () => IdsAsync(DemoAccounts.Clerk, "overdue"));
        Assert.Contains(inHours, onFriday);
        // Arrived after working hours: it counts from Thursday 11, so Friday 12 is still in time.
        Assert.DoesNotContain(afterHours, onFriday);
        Assert.Contains(afterHours, await fixture.AtAsync(new DateTime(2027, 2, 15, 8, 0, 0), () => IdsAsync(DemoAccounts.Clerk, "overdue")));
        Assert.DoesNotContain(inHours, await IdsAsync(DemoAccounts.Officer, "overdue"));
    }

    private async Task<List<int>> IdsAsync(string userName, string view)
    {
        var list = await Agency.GetJsonAsync(userName, $"api/incoming?view={view}");
        return list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }
}
