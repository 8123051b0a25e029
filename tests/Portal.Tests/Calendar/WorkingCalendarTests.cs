using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;

namespace Portal.Tests.Calendar;

/// <summary>
/// The working calendar over HTTP on a server whose clock the test sets: the central office enters Tết for
/// everyone, an agency's deadlines skip it and the weekend, and register numbers restart at midnight in Vietnam.
/// </summary>
[Collection(TetServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class WorkingCalendarTests(TetServerFixture fixture)
{
    private IncomingAgency Agency => fixture.Agency;

    [Fact]
    public async Task Five_working_days_from_the_day_before_Tet_skip_the_holiday_and_the_weekends()
    {
        var deadline = await Agency.GetJsonAsync(DemoAccounts.Officer, "api/calendar/deadline?workingDays=5");

        // Thu 4 (1), Tết Fri 5 to Wed 10, Thu 11 (2), Fri 12 (3), weekend, Mon 15 (4), Tue 16 (5).
        Assert.Equal("2027-02-03", deadline.GetProperty("from").GetString());
        Assert.Equal("2027-02-16", deadline.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Every_agency_sees_the_central_offices_days_off_beside_the_fixed_holidays()
    {
        var officer = await Agency.AsAsync(DemoAccounts.Officer);
        var page = await officer.PageAsync($"{Agency.Tenant}/calendar?year=2027");

        var rows = page.QuerySelectorAll("#days-off tbody tr").Select(r => (r.GetAttribute("data-date"), r.QuerySelector(".day-name")!.TextContent)).ToList();
        Assert.Contains(("2027-01-01", "Tết Dương lịch"), rows);
        Assert.Contains(("2027-02-09", "Tết Nguyên đán"), rows);
        Assert.Contains(("2027-09-02", "Quốc khánh"), rows);
        Assert.Null(page.QuerySelector("#add-day-off"));
        Assert.Contains("08:00 đến 17:00", page.QuerySelector("#working-hours")!.TextContent);
    }

    [Fact]
    public async Task Only_the_central_office_enters_days_off_and_a_bad_entry_is_refused_in_Vietnamese()
    {
        var tenantAdmin = await fixture.Clients.TenantAdminAsync(Agency.Tenant);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await TetServerFixture.PostDayOffAsync(tenantAdmin, "2027-04-16", "Giỗ Tổ Hùng Vương", Agency.Tenant)).StatusCode);

        var central = await fixture.Clients.CentralAdminAsync();
        var noName = await TetServerFixture.PostDayOffAsync(central, "2027-04-16", " ");
        var fixedDay = await TetServerFixture.PostDayOffAsync(central, "2027-05-01", "Nghỉ");
        var again = await TetServerFixture.PostDayOffAsync(central, "2027-02-08", "Tết");

        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("Nhập tên ngày nghỉ", await MessageAsync(noName));
        Assert.Contains("ngày lễ cố định", await MessageAsync(fixedDay));
        Assert.Contains("đã có trong lịch nghỉ", await MessageAsync(again));
        var days = await Agency.GetJsonAsync(DemoAccounts.Officer, "api/calendar/days-off?year=2027");
        Assert.DoesNotContain(days.GetProperty("daysOff").EnumerateArray(), d => d.GetProperty("date").GetString() == "2027-04-16");
    }

    [Fact]
    public async Task The_register_number_restarts_at_midnight_in_Vietnam_not_at_midnight_UTC()
    {
        var lastOfYear = await fixture.AtAsync(new DateTime(2026, 12, 31, 23, 50, 0), RegisteredAsync);
        // 00:10 on 1 January in Vietnam is still 31 December (17:10) in UTC.
        var firstOfYear = await fixture.AtAsync(new DateTime(2027, 1, 1, 0, 10, 0), RegisteredAsync);

        Assert.Equal(2026, lastOfYear.GetProperty("year").GetInt32());
        Assert.Equal(2027, firstOfYear.GetProperty("year").GetInt32());
        Assert.Equal(1, firstOfYear.GetProperty("arrivalNumber").GetInt32());
    }

    private async Task<JsonElement> RegisteredAsync()
    {
        var id = await Agency.RegisterAsync(IncomingAgency.Form(("DocumentDate", "2026-12-30")));
        return await Agency.GetJsonAsync(DemoAccounts.Clerk, $"api/incoming/{id}");
    }

    private static async Task<string?> MessageAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString();
}
