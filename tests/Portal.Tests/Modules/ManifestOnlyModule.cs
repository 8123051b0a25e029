using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;

namespace Portal.Tests.Modules;

/// <summary>A module that declares features and nothing else: what the catalogue looks at.</summary>
public sealed class ManifestOnlyModule(params FeatureDescriptor[] features) : IModuleStartup
{
    public ModuleManifest Manifest { get; } = new("Tests." + Guid.NewGuid().ToString("N"), "Mô-đun thử", features);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
