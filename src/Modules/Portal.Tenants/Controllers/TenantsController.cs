using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Mvc;
using Portal.Core.Recipes;
using Portal.Core.Tenancy;
using Portal.Identity;

namespace Portal.Tenants.Controllers;

[Feature(TenantsFeature.Id)]
[Authorize(Policy = PortalPolicies.CentralOfficeAdmin)]
[Route("admin/tenants")]
public sealed class TenantsController(TenantAdministration tenants, RecipeCatalogue recipes) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, TenantState? state, int page = 1, CancellationToken cancellationToken = default)
    {
        var counts = await tenants.CountByStateAsync(cancellationToken);
        page = Math.Max(1, page);
        var (rows, total) = await tenants.SearchAsync(q, state, (page - 1) * PageSize, PageSize, cancellationToken);
        return View(new TenantList(rows, counts.Values.Sum(),
            counts.GetValueOrDefault(TenantState.Running), counts.GetValueOrDefault(TenantState.Disabled),
            counts.GetValueOrDefault(TenantState.Uninitialized), counts.GetValueOrDefault(TenantState.Archived), q, state, page, Math.Max(1, (total + PageSize - 1) / PageSize)));
    }

    [HttpGet("new")]
    public IActionResult Create() => View(WithOptions(new TenantForm { Recipe = "commune" }));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(TenantForm form, CancellationToken cancellationToken)
    {
        try
        {
            var created = await tenants.CreateAsync(form.ToCreation(), cancellationToken);
            TempData["Message"] = $"Đã tạo cơ quan '{created.DisplayName}'. Địa chỉ truy cập: /{created.Name}/";
            return RedirectToAction(nameof(Details), new { name = created.Name });
        }
        catch (RequestRefusedException e)
        {
            form.Errors = e.Errors;
            form.AdminPassword = null;
            return View(WithOptions(form));
        }
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Details(string name, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null)
            return NotFound();
        var features = tenants.Features.Where(f => tenant.IsDefault || !f.CentralOfficeOnly).OrderBy(f => f.Name).ToList();
        var recipeName = recipes.List().FirstOrDefault(r => r.Name == tenant.Recipe)?.DisplayName ?? tenant.Recipe;
        return View(new TenantDetails(tenant, features, tenants.IsActive(name), recipeName));
    }

    [HttpPost("{name}/disable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(string name, CancellationToken cancellationToken) =>
        Act(name, () => tenants.DisableAsync(name, cancellationToken), "Đã vô hiệu hóa cơ quan.");

    [HttpPost("{name}/enable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(string name, CancellationToken cancellationToken) =>
        Act(name, () => tenants.EnableAsync(name, cancellationToken), "Đã cho cơ quan hoạt động trở lại.");

    [HttpPost("{name}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        try
        {
            await tenants.DeleteUninitializedAsync(name, cancellationToken);
            TempData["Message"] = $"Đã xóa cơ quan '{name}' chưa thiết lập xong; có thể tạo lại.";
            return RedirectToAction(nameof(Index));
        }
        catch (RequestRefusedException e)
        {
            TempData["Error"] = string.Join(" ", e.Errors);
            return RedirectToAction(nameof(Details), new { name });
        }
    }

    [HttpPost("{name}/features/{feature}/enable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> EnableFeature(string name, string feature, CancellationToken cancellationToken) =>
        Act(name, () => tenants.EnableFeatureAsync(name, feature, cancellationToken), "Đã bật tính năng.");

    [HttpPost("{name}/features/{feature}/disable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> DisableFeature(string name, string feature, CancellationToken cancellationToken) =>
        Act(name, () => tenants.DisableFeatureAsync(name, feature, cancellationToken), "Đã tắt tính năng.");

    private Task<IActionResult> Act(string name, Func<Task> action, string done) =>
        this.RunAndReturnAsync(action, done, () => RedirectToAction(nameof(Details), new { name }));

    private TenantForm WithOptions(TenantForm form)
    {
        form.RecipeOptions = recipes.List().Where(r => !r.Name.StartsWith("central-office", StringComparison.Ordinal))
            .Select(r => new KeyValuePair<string, string>(r.Name, r.DisplayName)).ToList();
        return form;
    }
}
