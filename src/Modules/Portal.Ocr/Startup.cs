using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Files;
using Portal.Identity;
using Portal.Incoming;
using Portal.Ocr.Models;
using Portal.Ocr.Services;
using Portal.Rendering;

namespace Portal.Ocr;

/// <summary>OCR intake: untrusted scans and PDFs read in an isolated worker process into text and letter fields, queued in the tenant's database.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(OcrFeature.Id, "Nhận dạng văn bản quét",
        "Đọc bản quét, bản fax, ảnh chụp và PDF thành chữ và điền sẵn các trường khi vào sổ.",
        [IncomingFeature.Id, FilesFeature.Id, RenderingFeature.Id, AuditFeature.Id, IdentityFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OcrOptions>(configuration.GetSection("Portal:Ocr"));
        services.AddSingleton<IsolatedOcrReader>();
        services.AddSingleton<IOcrReader>(s => s.GetRequiredService<IsolatedOcrReader>());
        services.AddSingleton<ICliCommand, OcrCommand>();
        services.AddSingleton<IThumbnailMaker, IsolatedThumbnailMaker>();
        services.AddTenantDbContext<OcrDb>(OcrFeature.Id, o => new OcrDb(o));
        services.AddScoped<Portal.Oversight.IFigureSource, Services.OcrFigures>();
        services.AddSingleton<OcrJobSignal>();
        services.AddSingleton<OcrLeases>();
        services.AddSingleton<OcrPendingMarks>();
        services.AddHostedService<OcrJobRunner>();
        services.AddScoped<OcrJobStore>();
        services.AddScoped<IOcrJobs>(s => s.GetRequiredService<OcrJobStore>());
        services.AddScoped<IOcrTextSource, OcrTextSource>();
        services.AddScoped<Portal.Secrets.ISecretContent, OcrSecretContent>();
        services.AddSingleton(AuditTerm.Target(OcrAuditActions.Target, "Nhận dạng bản quét"));
        services.AddSingleton(AuditTerm.Action(OcrAuditActions.JobCreated, "Gửi bản quét để nhận dạng"));
        services.AddSingleton(AuditTerm.Action(OcrAuditActions.Registered, "Vào sổ từ bản quét đã nhận dạng"));
        services.AddSingleton(new MenuEntry(MenuSections.Incoming, "Vào sổ từ bản quét", OcrRoutes.Upload, "stamp", 15, OcrFeature.Id,
            u => u.IsInRole(Roles.Clerk)));
    }
}
