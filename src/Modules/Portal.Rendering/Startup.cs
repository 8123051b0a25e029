using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Rendering.Copies;
using Portal.Rendering.Pdf;
using Portal.Rendering.Tables;

namespace Portal.Rendering;

/// <summary>
/// Printing to PDF (headless Chromium) and exporting tables (XLSX, CSV, PDF) for the modules that
/// print registers and documents. No routes and no tables: the callers check access and audit.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(RenderingFeature.Id, "In và xuất bảng",
        "In ra PDF và xuất bảng (XLSX, CSV, PDF) cho các phân hệ in sổ và văn bản.");

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RenderingOptions>(configuration.GetSection(RenderingOptions.Section));
        services.AddSingleton<ChromiumProcess>();
        services.AddSingleton<IPdfRenderer, ChromiumPdfRenderer>();
        services.AddSingleton<ITableExport, TableExport>();
        services.AddSingleton<IDocxWriter, Tables.DocxWriter>();
        services.AddSingleton<PdfRaster>();
        services.AddSingleton<IMarkedCopyRenderer, MarkedCopyRenderer>();
    }
}
