using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Calendar;

/// <summary>
/// The working calendar over HTTP on a server whose clock the test sets: the central office enters Tết for
/// everyone, an agency's deadlines skip it and the weekend, and register numbers restart at midnight in Vietnam.
/// </summary>
[Trait("Database", "Both")]
public sealed class WorkingCalendarTests : IAsyncLifetime
{
    // Wednesday 3 February 2027, 10:00 in Vietnam; Tết (the lunar new year) falls on Saturday 6 February.
    private readonly SettableClock _clock = new(new DateTimeOffset(2027, 2, 3, 3, 0, 0, TimeSpan.Zero));
    private PortalTestServer _server = null!;
    private SignedInClients _clients = null!;
    private IncomingAgency _agency = null!;

    public async Task InitializeAsync()
    {
        _server = await PortalTestServer.StartAsync(demoTenants: false, clock: _clock);
        _clients = new SignedInClients(_server);
        _agency = await IncomingAgency.CreateAsync(_server, "lich");
        var central = await _clients.CentralAdminAsync();
        foreach (var day in new[] { "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10" })
            Assert.Equal(HttpStatusCode.Created, (await PostDayOffAsync(central, day, "Tết Nguyên đán")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        _clients.Dispose();
        await _server.DisposeAsync();
    }

    private static Task<HttpResponseMessage> PostDayOffAsync(PortalClient client, string date, string? name, string tenant = "") =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{tenant}/api/calendar/days-off".TrimStart('/'))
            { Content = JsonContent.Create(new { date, name }) });

    [Fact]
    public async Task Five_working_days_from_the_day_before_Tet_skip_the_holiday_and_the_weekends()
    {
        var deadline = await _agency.GetJsonAsync(DemoAccounts.Officer, "api/calendar/deadline?workingDays=5");

        // Thu 4 (1), Tết Fri 5 to Wed 10, Thu 11 (2), Fri 12 (3), weekend, Mon 15 (4), Tue 16 (5).
        Assert.Equal("2027-02-03", deadline.GetProperty("from").GetString());
        Assert.Equal("2027-02-16", deadline.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Every_agency_sees_the_central_offices_days_off_beside_the_fixed_holidays()
    {
        var officer = await _agency.AsAsync(DemoAccounts.Officer);
        var page = await officer.PageAsync($"{_agency.Tenant}/calendar?year=2027");

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
        var tenantAdmin = await _clients.TenantAdminAsync(_agency.Tenant);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostDayOffAsync(tenantAdmin, "2027-04-16", "Giỗ Tổ Hùng Vương", _agency.Tenant)).StatusCode);

        var central = await _clients.CentralAdminAsync();
        var noName = await PostDayOffAsync(central, "2027-04-16", " ");
        var fixedDay = await PostDayOffAsync(central, "2027-05-01", "Nghỉ");
        var again = await PostDayOffAsync(central, "2027-02-08", "Tết");

        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("Nhập tên ngày nghỉ", (await noName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Contains("ngày lễ cố định", (await fixedDay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Contains("đã có trong lịch nghỉ", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        var days = await _agency.GetJsonAsync(DemoAccounts.Officer, "api/calendar/days-off?year=2027");
        Assert.DoesNotContain(days.GetProperty("daysOff").EnumerateArray(), d => d.GetProperty("date").GetString() == "2027-04-16");
    }

    [Fact]
    public async Task The_register_number_restarts_at_midnight_in_Vietnam_not_at_midnight_UTC()
    {
        var saved = _clock.Now;
        try
        {
            _clock.Now = new DateTimeOffset(2026, 12, 31, 16, 50, 0, TimeSpan.Zero); // 23:50 on 31 December in Vietnam
            var lastOfYear = await RegisteredAsync();
            _clock.Now = new DateTimeOffset(2026, 12, 31, 17, 10, 0, TimeSpan.Zero); // 00:10 on 1 January in Vietnam, still 2026 in UTC
            var firstOfYear = await RegisteredAsync();

            Assert.Equal(2026, lastOfYear.GetProperty("year").GetInt32());
            Assert.Equal(2027, firstOfYear.GetProperty("year").GetInt32());
            Assert.Equal(1, firstOfYear.GetProperty("arrivalNumber").GetInt32());
        }
        finally
        {
            _clock.Now = saved;
        }
    }

    private async Task<JsonElement> RegisteredAsync()
    {
        var id = await _agency.RegisterAsync(IncomingAgency.Form(("DocumentDate", "2026-12-30")));
        return await _agency.GetJsonAsync(DemoAccounts.Clerk, $"api/incoming/{id}");
    }
}
