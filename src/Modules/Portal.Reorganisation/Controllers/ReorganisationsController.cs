using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Mvc;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Reorganisation.Services;

namespace Portal.Reorganisation.Controllers;

[Feature(ReorganisationFeature.Id)]
[Authorize(Policy = PortalPolicies.CentralOfficeAdmin)]
[Route("admin/reorganisations")]
public sealed class ReorganisationsController(Reorganisations reorganisations, TenantAdministration tenants) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ListAsync(null, null, new SplitForm(null, null, null, null), [], cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Plan(string? sources, string? target, CancellationToken cancellationToken)
    {
        try
        {
            var names = (sources ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var record = await reorganisations.PlanAsync(names, target?.Trim() ?? "", User.Identity!.Name!, cancellationToken);
            return RedirectToAction(nameof(Details), new { id = record.Id });
        }
        catch (RequestRefusedException e)
        {
            return View(nameof(Index), await ListAsync(sources, target, new SplitForm(null, null, null, null), e.Errors, cancellationToken));
        }
    }

    [HttpPost("split")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Split(SplitForm form, CancellationToken cancellationToken)
    {
        try
        {
            var targets = (form.Targets ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var record = await reorganisations.SplitAsync(form.Source?.Trim() ?? "", targets, form.Main?.Trim() ?? "", UnitMap.Parse(form.Units),
                User.Identity!.Name!, cancellationToken);
            return RedirectToAction(nameof(Details), new { id = record.Id });
        }
        catch (RequestRefusedException e)
        {
            return View(nameof(Index), await ListAsync(null, null, form, e.Errors, cancellationToken));
        }
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var record = await reorganisations.FindAsync(id, cancellationToken);
        if (record is null)
            return NotFound();
        return View(new ReorganisationPage(record, PlanJson.Read(record.Plan), await reorganisations.StepsAsync(id, cancellationToken)));
    }

    [HttpPost("{id:guid}/approve")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Approve(Guid id, CancellationToken cancellationToken) =>
        Act(id, () => reorganisations.ApproveAsync(id, User.Identity!.Name!, cancellationToken), "Đã phê duyệt; việc chuyển dữ liệu đang chạy.");

    [HttpPost("{id:guid}/stop")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Stop(Guid id, CancellationToken cancellationToken) =>
        Act(id, () => reorganisations.StopAsync(id, cancellationToken), "Đã tạm dừng sau lô đang chuyển.");

    [HttpPost("{id:guid}/resume")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Resume(Guid id, CancellationToken cancellationToken) =>
        Act(id, () => reorganisations.ResumeAsync(id, cancellationToken), "Đã cho tiếp tục.");

    private Task<IActionResult> Act(Guid id, Func<Task> action, string done) =>
        this.RunAndReturnAsync(action, done, () => RedirectToAction(nameof(Details), new { id }));

    private async Task<ReorganisationList> ListAsync(string? sources, string? target, SplitForm split, IReadOnlyList<string> errors,
        CancellationToken cancellationToken) =>
        new(await reorganisations.ListAsync(cancellationToken),
            (await tenants.ListAsync(cancellationToken)).Where(t => !t.IsDefault && t.State == TenantState.Running).OrderBy(t => t.Name).ToList(),
            sources, target, split, errors);
}
