using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Core.Modules;
using Portal.Ocr.Services;

namespace Portal.Ocr;

/// <summary>OCR intake: untrusted scans and PDFs read in an isolated worker process into text and letter fields.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(OcrFeature.Id, "Nhận dạng văn bản quét",
        "Đọc bản quét, bản fax, ảnh chụp và PDF thành chữ và điền sẵn các trường khi vào sổ.");

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OcrOptions>(configuration.GetSection("Portal:Ocr"));
        services.AddSingleton<IsolatedOcrReader>();
        services.AddSingleton<IOcrReader>(s => s.GetRequiredService<IsolatedOcrReader>());
        services.AddSingleton<ICliCommand, OcrCommand>();
    }
}
