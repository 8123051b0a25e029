using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;

namespace Portal.Tests.Files;

/// <summary>A module with one upload endpoint, as the incoming-document module will have, so the reader is tested over real HTTP.</summary>
public sealed class UploadTestModule : IModuleStartup
{
    public const string FeatureId = "Tests.Uploads";

    public ModuleManifest Manifest { get; } =
        ModuleManifest.Single(FeatureId, "Tải tệp (kiểm thử)", "Trang tải tệp dùng cho kiểm thử.", alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
