using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Departure.Services;
using Portal.Identity;

namespace Portal.Departure.Controllers;

/// <summary>"Bàn giao khi thôi việc / chuyển công tác": a leader picks a person, sees what is in their care and reassigns each item.</summary>
[Feature(DepartureFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("departure")]
public sealed class DepartureController(HandOvers handOvers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        IsLeader ? View("Index", await handOvers.PeopleAsync(User, cancellationToken)) : Forbid();

    [HttpGet("{userName}")]
    public async Task<IActionResult> Show(string userName, CancellationToken cancellationToken)
    {
        if (!IsLeader)
            return Forbid();
        var checklist = await handOvers.ChecklistAsync(User, userName, cancellationToken);
        return checklist is null ? NotFound() : View("Show", checklist);
    }

    [HttpPost("{userName}/hand-over")]
    public async Task<IActionResult> HandOver(string userName, string? item, string? to, CancellationToken cancellationToken)
    {
        if (!IsLeader)
            return Forbid();
        try
        {
            if (!await handOvers.HandOverAsync(User, userName, item, to, cancellationToken))
                return NotFound();
            TempData["Message"] = "Đã bàn giao.";
        }
        catch (RequestRefusedException e)
        {
            TempData["Error"] = string.Join(" ", e.Errors);
        }
        return Redirect(Url.Content($"~/departure/{Uri.EscapeDataString(userName)}"));
    }

    private bool IsLeader => HandOvers.LeaderRoles.Any(User.IsInRole);
}
