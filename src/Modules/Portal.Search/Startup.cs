using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Outbox;
using Portal.Identity;
using Portal.Rendering;
using Portal.Search.Endpoints;
using Portal.Search.Indexing;
using Portal.Search.Models;
using Portal.Search.Services;

namespace Portal.Search;

/// <summary>
/// Full-text search (Tra cứu): a Lucene index per tenant fed by the outbox, Vietnamese with and without
/// marks, the access rule inside every query, the page, the JSON API, saved searches and the XLSX export.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(SearchFeature.Id, "Tra cứu văn bản",
        "Tìm văn bản theo số, trích yếu, cơ quan, nội dung, có dấu hoặc không dấu; chỉ trong những văn bản người dùng được xem.",
        [AccessFeature.Id, AuditFeature.Id, IdentityFeature.Id, RenderingFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<SearchDb>(SearchFeature.Id, o => new SearchDb(o));
        services.AddScoped<SearchIndexes>();
        services.AddScoped<IndexBuilder>();
        services.AddScoped<IndexMaintenance>();
        services.AddScoped<Portal.Oversight.IFigureSource, IndexFigures>();
        services.AddScoped<DocumentSearch>();
        services.AddSingleton(new AnswerFloor(configuration.GetValue<int?>("Portal:Search:AnswerFloorMilliseconds") is { } ms
            ? TimeSpan.FromMilliseconds(ms) : AnswerFloor.Default));
        services.AddScoped<SavedSearches>();
        services.AddOutboxHandler<DocumentChangedHandler>(DocumentChanged.Topic, SearchFeature.Id);
        services.AddOutboxHandler<AccessChangedHandler>(AccessChanged.Topic, SearchFeature.Id);
        services.AddScoped<IOutboxFlush, IndexFlush>();
        services.AddSingleton<Portal.Core.Cli.ICliCommand, IndexCommand>();
        services.AddSingleton(AuditTerm.Target("search", "Tra cứu"));
        foreach (var (code, name) in SearchAuditActions.All)
            services.AddSingleton(AuditTerm.Action(code, name));
        services.AddSingleton(new MenuEntry(MenuSections.Search, "Tra cứu văn bản", "/search", "search", 10, SearchFeature.Id, _ => true));
    }

    public void MapRoutes(IEndpointRouteBuilder routes) => SearchApi.Map(routes);
}
