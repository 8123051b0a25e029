using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Guides.Services;
using Portal.Identity;

namespace Portal.Guides;

/// <summary>
/// The role guides of docs/guides, shipped inside the module and rendered in Portal, with the help menu of every page
/// that opens the guide of the person's role.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(GuidesFeature.Id, "Hướng dẫn sử dụng",
        "Hướng dẫn theo vai trò (văn thư, lãnh đạo, chuyên viên, người ký, cán bộ bảo vệ BMNN, quản trị, Văn phòng Chính phủ), mở từ trình đơn Trợ giúp của mọi trang.",
        [IdentityFeature.Id], alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<GuideLibrary>();
}
