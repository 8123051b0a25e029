using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Templates.Services;

namespace Portal.Templates.Controllers;

/// <summary>The tenant admin's document templates (mẫu văn bản): the list, and one type's template edited with a server-rendered preview.</summary>
[Feature(TemplatesFeature.Id)]
[Authorize(Policy = PortalPolicies.TenantAdmin)]
[Route("admin/templates")]
public sealed class TemplatesController(TemplateAdministration administration) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await administration.AllAsync(cancellationToken));

    [HttpGet("{code}")]
    public async Task<IActionResult> Edit(string code, CancellationToken cancellationToken)
    {
        if (DocumentTypes.Find(code) is not { } type)
            return NotFound();
        return View(Previewed(new TemplateForm { Type = type, Source = await administration.SourceAsync(type, cancellationToken) }));
    }

    [HttpPost("{code}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string code, string? source, string? intent, CancellationToken cancellationToken)
    {
        if (DocumentTypes.Find(code) is not { } type)
            return NotFound();
        var form = Previewed(new TemplateForm { Type = type, Source = source ?? "" });
        if (intent != "save" || form.Errors.Count > 0)
            return View(form);
        try
        {
            await administration.SaveAsync(type, form.Source, User.Identity?.Name ?? "", cancellationToken);
        }
        catch (RequestRefusedException e)
        {
            form.Errors = e.Errors;
            return View(form);
        }
        TempData["Message"] = $"Đã lưu mẫu {type.Name}.";
        return RedirectToAction(nameof(Edit), new { code });
    }

    private static TemplateForm Previewed(TemplateForm form)
    {
        try
        {
            form.PreviewBody = TemplateRules.Apply(form.Source, form.Type, SampleDocument.Fields, SampleDocument.Marks, SandboxLimits.Default);
        }
        catch (TemplateRefusedException e)
        {
            form.Errors = [e.Message];
        }
        return form;
    }
}
