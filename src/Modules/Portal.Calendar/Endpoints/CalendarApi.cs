using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Calendar.Services;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Identity;

namespace Portal.Calendar.Endpoints;

/// <summary>
/// /api/calendar: anyone signed in reads the year's days off and works out a deadline in working days;
/// the central office's admin enters and removes the days off that change every year.
/// </summary>
internal static class CalendarApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/calendar").RequireFeature(CalendarFeature.Id).RequireAuthorization(PortalPolicies.SignedIn)
            .WithTags("Lịch làm việc");
        api.MapGet("/days-off", DaysOff).WithName("CalendarDaysOff").WithSummary("Ngày nghỉ lễ của năm (giờ Việt Nam)");
        api.MapGet("/deadline", Deadline).WithName("CalendarDeadline").WithSummary("Hạn sau một số ngày làm việc");
        api.MapPost("/days-off", Add).RequireAuthorization(PortalPolicies.CentralOfficeAdmin).WithName("AddCalendarDayOff")
            .WithSummary("Văn phòng Chính phủ nhập ngày nghỉ lễ cho mọi cơ quan");
        api.MapDelete("/days-off/{date}", Remove).RequireAuthorization(PortalPolicies.CentralOfficeAdmin).WithName("RemoveCalendarDayOff");
    }

    private static async Task<IResult> DaysOff(int? year, IWorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var days = await calendar.DaysOffAsync(year ?? calendar.Today.Year, cancellationToken);
        var (start, end) = await calendar.WorkingHoursAsync(cancellationToken);
        return Results.Ok(new DaysOffResponse(year ?? calendar.Today.Year, start, end, days));
    }

    private static async Task<IResult> Deadline(DateOnly? from, int workingDays, IWorkingCalendar calendar, CancellationToken cancellationToken)
    {
        if (workingDays is < 0 or > CalendarLimits.MaxWorkingDays)
            return Refused($"Số ngày làm việc từ 0 đến {CalendarLimits.MaxWorkingDays}.");
        var start = from ?? calendar.Today;
        return Results.Ok(new DeadlineResponse(start, workingDays, await calendar.AddWorkingDaysAsync(start, workingDays, cancellationToken)));
    }

    private static Task<IResult> Add(DayOffInput body, ClaimsPrincipal user, CentralDaysOff days, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await days.AddAsync(body.Date ?? throw new RequestRefusedException("Nhập ngày nghỉ."), body.Name,
                user.FindFirstValue(PortalClaims.FullName) ?? "", cancellationToken);
            return Results.Created();
        });

    private static Task<IResult> Remove(DateOnly date, CentralDaysOff days, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await days.RemoveAsync(date, cancellationToken);
            return Results.NoContent();
        });

    private static async Task<IResult> RunAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (RequestRefusedException e)
        {
            return Results.BadRequest(new CalendarRefusal(string.Join(" ", e.Errors), e.Errors));
        }
    }

    private static IResult Refused(string message) => Results.BadRequest(new CalendarRefusal(message, [message]));
}
