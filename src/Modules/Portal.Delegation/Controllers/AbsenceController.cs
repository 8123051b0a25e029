using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Calendar;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Delegation.Services;
using Portal.Identity;

namespace Portal.Delegation.Controllers;

/// <summary>"Vắng mặt và ủy quyền": a leader marks an absence, names who stands in and how they sign, and may cancel it.</summary>
[Feature(DelegationFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("absence")]
public sealed class AbsenceController(Absences absences, IWorkingCalendar calendar) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => PageAsync([], cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Mark(AbsenceInput input, CancellationToken cancellationToken)
    {
        if (!IsLeader)
            return Forbid();
        try
        {
            await absences.MarkAsync(UserId, input, cancellationToken);
            return Redirect(Url.Content("~/absence"));
        }
        catch (RequestRefusedException e)
        {
            return await PageAsync(e.Errors, cancellationToken);
        }
    }

    [HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, CancellationToken cancellationToken) =>
        await absences.CancelAsync(UserId, id, cancellationToken) ? Redirect(Url.Content("~/absence")) : NotFound();

    private async Task<IActionResult> PageAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        if (!IsLeader)
            return Forbid();
        var page = new AbsencePage(await absences.OfAsync(UserId, cancellationToken), await absences.CandidatesAsync(UserId, cancellationToken),
            calendar.Today, errors);
        Response.StatusCode = errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return View("Index", page);
    }

    private bool IsLeader => Absences.LeaderRoles.Any(User.IsInRole);

    private string UserId => User.FindFirstValue(PortalClaims.UserId) ?? "";
}
