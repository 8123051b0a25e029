using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Calendar.Services;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity;

namespace Portal.Calendar.Controllers;

/// <summary>The year's days off and working hours for everyone; in the central office, its admin enters the days that change each year.</summary>
[Feature(CalendarFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("calendar")]
public sealed class CalendarController(IWorkingCalendar calendar, CentralDaysOff central, ITenantAccessor tenants) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(int? year, CancellationToken cancellationToken) =>
        PageAsync(year ?? calendar.Today.Year, [], cancellationToken);

    [HttpPost("days-off")]
    [Authorize(Policy = PortalPolicies.CentralOfficeAdmin)]
    public async Task<IActionResult> Add(DateOnly? date, string? name, CancellationToken cancellationToken)
    {
        try
        {
            await central.AddAsync(date ?? throw new RequestRefusedException("Nhập ngày nghỉ."), name,
                User.FindFirstValue(PortalClaims.FullName) ?? "", cancellationToken);
            return Redirect(Url.Content($"~/calendar?year={date.Value.Year}"));
        }
        catch (RequestRefusedException e)
        {
            return await PageAsync(date?.Year ?? calendar.Today.Year, e.Errors, cancellationToken);
        }
    }

    [HttpPost("days-off/{date}/remove")]
    [Authorize(Policy = PortalPolicies.CentralOfficeAdmin)]
    public async Task<IActionResult> Remove(DateOnly date, CancellationToken cancellationToken)
    {
        try
        {
            await central.RemoveAsync(date, cancellationToken);
            return Redirect(Url.Content($"~/calendar?year={date.Year}"));
        }
        catch (RequestRefusedException e)
        {
            return await PageAsync(date.Year, e.Errors, cancellationToken);
        }
    }

    private async Task<IActionResult> PageAsync(int year, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        if (year is < 2000 or > 2100)
            return NotFound();
        var (start, end) = await calendar.WorkingHoursAsync(cancellationToken);
        var canEdit = tenants.Current is { IsDefault: true } && User.IsInRole(Roles.CentralOfficeAdmin);
        var page = new CalendarPage(year, start, end, await calendar.DaysOffAsync(year, cancellationToken), canEdit, errors);
        Response.StatusCode = errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return View("Index", page);
    }
}
