using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Departure;
using Portal.Files;
using Portal.Identity;
using Portal.Incoming.Endpoints;
using Portal.Incoming.Models;
using Portal.Incoming.Services;
using Portal.Registers;
using Portal.Rendering;
using Portal.Reorganisation;
using Portal.Secrets;

namespace Portal.Incoming;

/// <summary>Incoming secret documents (văn bản mật đến): registration, direction, handling and tracking, and the incoming register.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(IncomingFeature.Id, "Văn bản mật đến",
        "Vào sổ văn bản mật đến, trình lãnh đạo, bút phê, giao xử lý, theo dõi hạn và sổ đăng ký văn bản đến.",
        [RegistersFeature.Id, FilesFeature.Id, RenderingFeature.Id, AccessFeature.Id, AuditFeature.Id, IdentityFeature.Id, Calendar.CalendarFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<IncomingDb>(IncomingFeature.Id, o => new IncomingDb(o));
        services.AddScoped<Portal.Oversight.IFigureSource, Services.IncomingFigures>();
        services.AddResourceLocator<IncomingLocator>(IncomingFeature.Kind, IncomingFeature.Id);
        services.AddResourceLocator<IncomingFileLocator>(IncomingFileLocator.FileKind, IncomingFeature.Id);
        services.AddScoped<DocumentFiles>();
        services.AddScoped<People>();
        services.AddScoped<Addressees>();
        services.AddScoped<Participants>();
        services.AddScoped<IncomingJournal>();
        services.AddScoped<ScanIntake>();
        services.AddScoped<IncomingRegistration>();
        services.AddScoped<IIncomingIntake, ElectronicIntake>();
        services.AddScoped<IncomingProcessing>();
        services.AddScoped<HandOverBook>();
        services.AddScoped<IncomingQueries>();
        services.AddScoped<IncomingDetails>();
        services.AddScoped<IIncomingRegister, IncomingRegister>();
        services.AddScoped<IIncomingFacts, IncomingFactsReader>();
        services.AddScoped<IIncomingStatistics, IncomingStatisticsReader>();
        services.AddScoped<ISecretHolder, IncomingSecretHolder>();
        services.AddScoped<ISecretContent, IncomingSecretContent>();
        services.AddScoped<DeadlineNotices>();
        services.AddSingleton<DeadlineWatch>();
        services.AddHostedService(s => s.GetRequiredService<DeadlineWatch>());
        services.AddCustodyHolder<IncomingCustody>(IncomingFeature.Kind, IncomingFeature.Id);
        services.AddTenantTransfer<Merge.IncomingTransfer>(IncomingFeature.Kind, IncomingFeature.Id, 30);
        services.AddSingleton(AuditTerm.Action(Merge.IncomingTransfer.MovedIn, "Nhận văn bản đến chuyển sang khi sáp nhập, chia tách cơ quan"));
        services.AddScoped<RegisterViewing>();
        services.AddScoped<IncomingExports>();
        services.AddScoped<AttachmentViewing>();
        services.AddScoped<AttachmentThumbnails>();
        services.AddScoped<Portal.Search.ISearchSource, IncomingSearchSource>();
        services.AddSingleton(AuditTerm.Target(IncomingFeature.Kind, "Văn bản đến"));
        services.AddSingleton(AuditTerm.Target(IncomingAuditActions.ListTarget, "Danh sách văn bản đến"));
        foreach (var action in IncomingAuditActions.All)
            services.AddSingleton(AuditTerm.Action(action, IncomingAuditActions.Text(action)));
        foreach (var entry in IncomingMenu.Entries)
            services.AddSingleton(entry);
    }

    public void MapRoutes(IEndpointRouteBuilder routes)
    {
        IncomingApi.Map(routes);
        IncomingExportApi.Map(routes);
    }
}
