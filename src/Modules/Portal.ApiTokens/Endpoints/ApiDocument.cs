using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Portal.ApiTokens.Authentication;
using Portal.Core.Modules;
using Portal.Identity;

namespace Portal.ApiTokens.Endpoints;

/// <summary>
/// The OpenAPI description of the /api routes at /{tenant}/openapi/v1.json, for signed-in people and
/// for tokens with api:read; the pages of the site are not in it.
/// </summary>
public static class ApiDocument
{
    public const string Path = "/openapi/v1.json";
    private const string SecuritySchemeId = "ptk";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Portal API",
                    Version = "v1",
                    Description = "API JSON của hệ thống quản lý văn bản mật. Trình duyệt dùng phiên đăng nhập; " +
                        "chương trình dùng khóa truy cập cá nhân (Authorization: Bearer ptk_…) tạo ở trang Khóa truy cập API. " +
                        "Khóa chỉ dùng được trong phạm vi đã chọn và không bao giờ thay được xác thực lại hai lớp.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SecuritySchemeId] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "Khóa truy cập API cá nhân: ptk_ và 43 ký tự.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeId, document)] = [] }];
                return Task.CompletedTask;
            });
        });

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapOpenApi(Path)
            .RequireFeature(ApiTokensFeature.Id)
            .RequireAuthorization(PortalPolicies.SignedIn)
            .RequireScope(ApiScopes.Read);
}
