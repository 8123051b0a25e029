using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Modules;

namespace Portal.Benchmarks;

/// <summary>Registered only by ./portal bench --scenario access, through PortalTestServer.StartAsync(extraModules: …).</summary>
public sealed class BenchDocumentsModule : IModuleStartup
{
    public const string FeatureId = "Portal.Benchmarks.Documents";

    public ModuleManifest Manifest { get; } = ModuleManifest.Single(FeatureId, "Tài liệu đo hiệu năng", alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<BenchDocuments>().AddResourceLocator<BenchDocuments>(BenchDocuments.Kind, FeatureId);
}
