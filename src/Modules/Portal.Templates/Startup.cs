using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Identity;
using Portal.Templates.Models;
using Portal.Templates.Recipes;
using Portal.Templates.Services;

namespace Portal.Templates;

/// <summary>Document templates (mẫu văn bản): a sandboxed Liquid template per document type, laid out as Decree 30/2020 requires, with the marks placed from the document's fields.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(TemplatesFeature.Id, "Mẫu văn bản",
        "Mẫu trình bày văn bản theo Nghị định 30/2020/NĐ-CP cho từng loại văn bản; quản trị sửa mẫu và xem trước.",
        [AuditFeature.Id, IdentityFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<TemplatesDb>(TemplatesFeature.Id, o => new TemplatesDb(o));
        services.AddScoped<IDocumentComposer, DocumentComposer>();
        services.AddScoped<TemplateAdministration>();
        services.AddSingleton<IRecipeStep, DocumentTemplatesRecipeStep>();
        services.AddSingleton(AuditTerm.Target(TemplateAuditActions.TargetKind, "Mẫu văn bản"));
        services.AddSingleton(AuditTerm.Action(TemplateAuditActions.Saved, "Lưu mẫu văn bản"));
        services.AddSingleton(AuditTerm.Action(TemplateAuditActions.Refused, "Từ chối mẫu văn bản"));
        services.AddSingleton(new MenuEntry(MenuSections.Administration, "Mẫu văn bản", "/admin/templates", "file-text", 60,
            TemplatesFeature.Id, u => u.IsInRole(Roles.TenantAdmin)));
    }
}
