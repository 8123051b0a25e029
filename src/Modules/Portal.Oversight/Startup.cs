using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Outbox;
using Portal.Identity;
using Portal.Oversight.Board;
using Portal.Oversight.Endpoints;
using Portal.Oversight.Models;
using Portal.Oversight.Publishing;
using Portal.Rendering;

namespace Portal.Oversight;

/// <summary>
/// Oversight: every tenant counts its own figures (through the modules' <see cref="IFigureSource"/>s) and publishes
/// them through its outbox; the central office keeps the newest per tenant and shows the country on one page.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = new(OversightFeature.Id, "Theo dõi triển khai",
    [
        new FeatureDescriptor(OversightFeature.Id, "Báo cáo số liệu cho cơ quan trung tâm",
            "Cơ quan tự đếm số liệu (không kèm nội dung văn bản) và gửi về cơ quan trung tâm.", AlwaysEnabled: true),
        new FeatureDescriptor(OversightFeature.Board, "Theo dõi triển khai toàn quốc",
            "Bảng theo dõi triển khai và hoạt động của các cơ quan, xuất báo cáo XLSX và PDF.",
            [OversightFeature.Id, IdentityFeature.Id, RenderingFeature.Id, AuditFeature.Id], CentralOfficeOnly: true, AlwaysEnabled: true),
    ]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OversightOptions>(configuration.GetSection("Portal:Oversight"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddTenantDbContext<OversightDb>(OversightFeature.Board, o => new OversightDb(o));
        services.AddScoped<FigureCollection>();
        services.AddScoped<FiguresPublishing>();
        services.AddSingleton<FiguresAsking>();
        services.AddSingleton<CentralFigures>();
        services.AddScoped<OversightBoard>();
        services.AddScoped<BoardExport>();
        services.AddSingleton(AuditTerm.Target("oversight", "Theo dõi triển khai"));
        services.AddSingleton(AuditTerm.Action(Controllers.DeadlinesForm.Changed, "Đặt mốc thời hạn triển khai cho các cơ quan"));
        services.AddOutboxHandler<FiguresDelivery>(OversightTopics.Publish, OversightFeature.Id);
        services.AddSingleton<ChangeWatch>();
        foreach (var topic in OversightTopics.Changes)
            services.AddOutboxHandler(topic, OversightFeature.Id, sp => sp.GetRequiredService<ChangeWatch>());
        services.AddHostedService<FiguresScheduler>();
        services.AddSingleton(new MenuEntry(MenuSections.CentralOffice, "Theo dõi triển khai", "/admin/oversight", "bar-chart", 5,
            OversightFeature.Board, u => u.IsInRole(Roles.CentralOfficeAdmin)));
    }

    public void MapRoutes(IEndpointRouteBuilder routes) => OversightApi.Map(routes);
}
