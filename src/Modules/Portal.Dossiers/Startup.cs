using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Departure;
using Portal.Dossiers.Endpoints;
using Portal.Dossiers.Models;
using Portal.Dossiers.Recipes;
using Portal.Dossiers.Services;
using Portal.Files;
using Portal.Identity;
using Portal.Incoming;
using Portal.Outgoing;
using Portal.Rendering;
using Portal.Reorganisation;

namespace Portal.Dossiers;

/// <summary>Work dossiers (hồ sơ công việc): the yearly catalogue, opening, filing documents, closing and handing over to the archive.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(DossiersFeature.Id, "Hồ sơ công việc",
        "Danh mục hồ sơ, mở hồ sơ, đưa văn bản đến và đi vào hồ sơ, kết thúc hồ sơ và nộp lưu vào Lưu trữ cơ quan.",
        [IncomingFeature.Id, OutgoingFeature.Id, RenderingFeature.Id, FilesFeature.Id, AccessFeature.Id, AuditFeature.Id, IdentityFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<DossiersDb>(DossiersFeature.Id, o => new DossiersDb(o));
        services.TryAddSingleton(TimeProvider.System);
        services.AddResourceLocator<DossierLocator>(DossiersFeature.Kind, DossiersFeature.Id);
        services.AddScoped<DossierJournal>();
        services.AddScoped<DossierCatalogue>();
        services.AddScoped<FiledDocuments>();
        services.AddScoped<DossierFiling>();
        services.AddScoped<DossierClosing>();
        services.AddScoped<DossierViews>();
        services.AddScoped<DossierPrints>();
        services.AddScoped<DossierBook>();
        services.AddScoped<DossierXml>();
        services.AddScoped<HandOverWarnings>();
        services.AddScoped<IDossierFacts, DossierFacts>();
        services.AddHostedService<HandOverWatch>();
        services.AddScoped<Portal.Search.ISearchScope, DossierSearchScope>();
        services.AddCustodyHolder<DossierCustody>(DossiersFeature.Kind, DossiersFeature.Id);
        services.AddTenantTransfer<Merge.DossierTransfer>(DossiersFeature.Kind, DossiersFeature.Id, 45);
        services.AddSingleton(AuditTerm.Action(Merge.DossierTransfer.MovedIn, "Nhận hồ sơ chuyển sang khi sáp nhập, chia tách cơ quan"));
        services.AddSingleton<IRecipeStep, DossierCatalogueRecipeStep>();
        services.AddSingleton(AuditTerm.Target(DossiersFeature.Kind, "Hồ sơ công việc"));
        services.AddSingleton(AuditTerm.Target(DossierAuditActions.CatalogueTarget, "Danh mục hồ sơ"));
        foreach (var (code, name) in DossierAuditActions.Names)
            services.AddSingleton(AuditTerm.Action(code, name));
        foreach (var entry in DossiersMenu.Entries)
            services.AddSingleton(entry);
    }

    public void MapRoutes(IEndpointRouteBuilder routes) => DossiersApi.Map(routes);
}
