using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Registers;

namespace Portal.Tests.Support;

/// <summary>A module whose only feature needs Portal.Registers, so disabling the registers can be refused.</summary>
public sealed class DependentTestModule : IModuleStartup
{
    public const string FeatureId = "Tests.RegisterReports";
    public const string FeatureName = "Báo cáo sổ đăng ký (kiểm thử)";

    public ModuleManifest Manifest { get; } =
        ModuleManifest.Single(FeatureId, FeatureName, "Tính năng kiểm thử cần sổ đăng ký.", [RegistersFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
