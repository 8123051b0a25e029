using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Departure;
using Portal.Files;
using Portal.Identity;
using Portal.Outgoing.Endpoints;
using Portal.Outgoing.Keys;
using Portal.Outgoing.Models;
using Portal.Outgoing.Recipes;
using Portal.Outgoing.Services;
using Portal.Registers;
using Portal.Rendering;
using Portal.Reorganisation;
using Portal.Secrets;
using Portal.Signing;
using Portal.Templates;

namespace Portal.Outgoing;

/// <summary>Outgoing secret documents (văn bản mật đi): drafting from a template, review, format check, digital signature, numbering and issuing.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(OutgoingFeature.Id, "Văn bản mật đi",
        "Soạn thảo văn bản mật đi theo mẫu, duyệt, kiểm tra thể thức, ký số, cấp số và phát hành.",
        [TemplatesFeature.Id, RenderingFeature.Id, SigningFeature.Id, RegistersFeature.Id, FilesFeature.Id, AccessFeature.Id, AuditFeature.Id,
            IdentityFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<OutgoingDb>(OutgoingFeature.Id, o => new OutgoingDb(o));
        services.AddScoped<Portal.Oversight.IFigureSource, Services.OutgoingFigures>();
        services.AddResourceLocator<OutgoingLocator>(OutgoingFeature.Kind, OutgoingFeature.Id);
        services.AddScoped<SoftwareKeystore>();
        services.AddScoped<Colleagues>();
        services.AddScoped<OutgoingJournal>();
        services.AddScoped<OutgoingDrafting>();
        services.AddScoped<OutgoingPdf>();
        services.AddScoped<OutgoingCopies>();
        services.AddScoped<OutgoingRegister>();
        services.AddScoped<OutgoingDocx>();
        services.AddScoped<OutgoingFlow>();
        services.AddScoped<IIssuedDocuments, IssuedDocuments>();
        services.AddScoped<ISecretHolder, OutgoingSecretHolder>();
        services.AddScoped<ISecretContent, OutgoingSecretContent>();
        services.AddScoped<IOutgoingFacts, OutgoingFactsReader>();
        services.AddScoped<IOutgoingStatistics, OutgoingStatisticsReader>();
        services.AddScoped<Portal.Search.ISearchSource, OutgoingSearchSource>();
        services.AddCustodyHolder<OutgoingCustody>(OutgoingFeature.Kind, OutgoingFeature.Id);
        services.AddTenantTransfer<Merge.OutgoingTransfer>(OutgoingFeature.Kind, OutgoingFeature.Id, 35);
        services.AddSingleton(AuditTerm.Action(Merge.OutgoingTransfer.MovedIn, "Nhận văn bản đi chuyển sang khi sáp nhập, chia tách cơ quan"));
        services.AddSingleton<IRecipeStep, SigningKeysRecipeStep>();
        services.AddSingleton(AuditTerm.Target(OutgoingFeature.Kind, "Văn bản đi"));
        foreach (var (code, name) in OutgoingAuditActions.Names)
            services.AddSingleton(AuditTerm.Action(code, name));
        foreach (var entry in OutgoingMenu.Entries)
            services.AddSingleton(entry);
    }

    public void MapRoutes(IEndpointRouteBuilder routes) => OutgoingApi.Map(routes);
}
