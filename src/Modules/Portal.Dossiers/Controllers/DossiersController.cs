using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Dossiers.Models;
using Portal.Dossiers.Services;
using Portal.Identity;

namespace Portal.Dossiers.Controllers;

/// <summary>The pages of dossiers: the person's list with hand-over warnings, the year's catalogue (with opening), and each dossier.</summary>
[Feature(DossiersFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("dossiers")]
public sealed class DossiersController(DossiersDb db, DossierCatalogue catalogue, DossierFiling filing, DossierViews views, DossierJournal journal,
    IAccountDirectory directory, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => View(await views.ListAsync(Person.Of(User), cancellationToken));

    [HttpGet("catalogue")]
    public async Task<IActionResult> Catalogue(int? year, CancellationToken cancellationToken) =>
        View(await CataloguePageAsync(year ?? DossierClock.Today(clock).Year, new CatalogueInput(null, null, null, null, null, null, null), [],
            cancellationToken));

    [HttpPost("catalogue")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Catalogue(CatalogueInput form, CancellationToken cancellationToken)
    {
        var year = form.Year ?? DossierClock.Today(clock).Year;
        try
        {
            await catalogue.AddAsync(Person.Of(User), form, year, cancellationToken);
            TempData["Message"] = "Đã thêm hồ sơ vào danh mục.";
            return Redirect(Url.Content($"~/dossiers/catalogue?year={year}"));
        }
        catch (DossierForbiddenException e)
        {
            return StatusCode(StatusCodes.Status403Forbidden, e.Message);
        }
        catch (RequestRefusedException e)
        {
            return View(await CataloguePageAsync(year, form, e.Errors, cancellationToken));
        }
    }

    [HttpPost("open")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Open(int catalogueEntryId, CancellationToken cancellationToken)
    {
        try
        {
            var id = await filing.OpenAsync(Person.Of(User), catalogueEntryId, cancellationToken);
            TempData["Message"] = "Đã mở hồ sơ.";
            return Redirect(Url.Content($"~/dossiers/{id}"));
        }
        catch (DossierForbiddenException e)
        {
            return StatusCode(StatusCodes.Status403Forbidden, e.Message);
        }
        catch (Exception e) when (e is RequestRefusedException or DbUpdateException)
        {
            TempData["Error"] = e is RequestRefusedException refused ? string.Join(" ", refused.Errors) : "Hồ sơ vừa được người khác mở.";
            return Redirect(Url.Content("~/dossiers/catalogue"));
        }
    }

    [HttpGet("{dossierId:int}")]
    [ProtectedResource(DossiersFeature.Kind, "dossierId")]
    public async Task<IActionResult> Show(int dossierId, CancellationToken cancellationToken)
    {
        var person = Person.Of(User);
        var dossier = await db.Dossiers.AsNoTracking().FirstAsync(d => d.Id == dossierId, cancellationToken);
        await journal.RecordAsync(dossier, DossierAuditActions.Read, "", cancellationToken);
        var contents = await views.ContentsAsync(person, dossierId, cancellationToken);
        var canHandOver = dossier.Status == DossierStatus.Closed && (person.UserId == dossier.ResponsibleUserId || person.IsClerk);
        var archivists = canHandOver
            ? (await directory.ListAsync(cancellationToken)).Where(a => !a.IsDisabled && a.Roles.Contains(Roles.Archivist)).ToList()
            : [];
        return View(new DossierPage(dossier, HandOverDeadline.Warning(dossier, DossierClock.Today(clock)), contents,
            dossier.Status == DossierStatus.Open && person.UserId == dossier.ResponsibleUserId, canHandOver, archivists));
    }

    private async Task<CataloguePage> CataloguePageAsync(int year, CatalogueInput form, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var entries = await catalogue.ListAsync(year, cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var opened = (await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.CatalogueEntryId)).Select(d => d.CatalogueEntryId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var person = Person.Of(User);
        return new CataloguePage(year, entries, opened, person.IsClerk || User.IsInRole(Roles.TenantAdmin), person.UserId, person.IsClerk, form, errors);
    }
}
