using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;

namespace Portal.Signing;

/// <summary>
/// Digital signatures on PDFs: signing by incremental update and verifying any signed PDF. No routes
/// and no tables: the modules that sign (outgoing documents) or receive signed files check access,
/// hold the keys and audit.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(SigningFeature.Id, "Chữ ký số",
        "Ký số tệp PDF (PAdES) bằng bản cập nhật nối thêm và kiểm tra chữ ký số của tệp PDF.");

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPdfSigner, PdfSigner>();
        services.AddSingleton<IPdfSignatureVerifier, PdfSignatureVerifier>();
        services.AddSingleton<IPdfFiller, PdfFiller>();
        services.AddSingleton<IPdfStamp, PdfStamp>();
    }
}
