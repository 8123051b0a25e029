using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.ApiTokens.Authentication;
using Portal.ApiTokens.Endpoints;
using Portal.ApiTokens.Models;
using Portal.ApiTokens.Services;
using Portal.Audit;
using Portal.Reorganisation;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Identity;

namespace Portal.ApiTokens;

/// <summary>
/// The JSON API and how scripts authenticate to it: personal API tokens, issued by a signed-in person,
/// scoped, expiring, listed and revocable; the browser keeps its session cookie. Described by OpenAPI.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public const string MenuSection = "Tài khoản của tôi";

    public ModuleManifest Manifest { get; } = ModuleManifest.Single(ApiTokensFeature.Id, "API và khóa truy cập API",
        "API JSON (mô tả OpenAPI) và khóa truy cập cá nhân cho chương trình, có phạm vi và thời hạn, thu hồi được.",
        [IdentityFeature.Id, AuditFeature.Id], alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<ApiTokensDb>(ApiTokensFeature.Id, o => new ApiTokensDb(o));
        services.AddScoped<ApiTokenService>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddStayingData<Merge.StayingTokens>(ApiTokensFeature.Id);
        services.AddApiTokenAuthentication();
        services.AddApiDocument();
        // Vietnamese text in JSON answers as characters, as in the pages.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(new MenuEntry(MenuSection, "Khóa truy cập API", "/account/tokens", "key", 10,
            ApiTokensFeature.Id, _ => true));
    }

    public void MapRoutes(IEndpointRouteBuilder routes)
    {
        ApiEndpoints.Map(routes);
        ApiDocument.Map(routes);
    }
}
