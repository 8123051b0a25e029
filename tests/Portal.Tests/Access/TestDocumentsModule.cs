using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Modules;

namespace Portal.Tests.Access;

public sealed class TestDocumentsModule : IModuleStartup
{
    public const string FeatureId = "Portal.Tests.Documents";

    public ModuleManifest Manifest { get; } = ModuleManifest.Single(FeatureId, "Tài liệu kiểm thử", alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<TestDocuments>().AddResourceLocator<TestDocuments>(TestDocuments.Kind, FeatureId);
}
