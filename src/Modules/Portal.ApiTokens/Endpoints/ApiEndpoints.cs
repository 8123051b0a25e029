using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.ApiTokens.Authentication;
using Portal.Audit;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Identity;

namespace Portal.ApiTokens.Endpoints;

/// <summary>
/// The JSON API under /api (tenant-relative). Each route names its feature, its role policy and the
/// token scope it accepts; a browser session calls it with its cookie, a script with its token.
/// </summary>
public static class ApiEndpoints
{
    public const int DefaultAuditLimit = 100;

    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").RequireFeature(ApiTokensFeature.Id);

        Describe(api.MapGet("/me", Me)).WithName("GetMe").WithTags("Tài khoản")
            .WithSummary("Người đang gọi: tài khoản, vai trò, mức tiếp cận")
            .RequireAuthorization(PortalPolicies.SignedIn).RequireScope(ApiScopes.Read);

        Describe(api.MapGet("/users", Users)).WithName("GetUsers").WithTags("Người dùng")
            .WithSummary("Danh sách người dùng của cơ quan (quản trị hệ thống)")
            .RequireAuthorization(PortalPolicies.TenantAdmin).RequireScope(ApiScopes.UsersRead);

        Describe(api.MapGet("/audit", Audit)).WithName("GetAudit").WithTags("Nhật ký truy cập")
            .WithSummary("Nhật ký truy cập, mới nhất trước (cán bộ bảo vệ bí mật nhà nước); việc đọc cũng được ghi nhật ký")
            .RequireAuthorization(PortalPolicies.AuditReader).RequireScope(ApiScopes.AuditRead);
    }

    /// <summary>The refusals every API route may give, with their JSON body.</summary>
    private static RouteHandlerBuilder Describe(RouteHandlerBuilder route) => route
        .Produces<ApiError>(StatusCodes.Status401Unauthorized)
        .Produces<ApiError>(StatusCodes.Status403Forbidden);

    private static Ok<MeResponse> Me(ClaimsPrincipal user)
    {
        var clearance = int.TryParse(user.FindFirstValue(PortalClaims.Clearance), out var level) ? (Clearance)level : Clearance.None;
        var token = TokenClaims.IsToken(user);
        return TypedResults.Ok(new MeResponse(
            user.FindFirstValue(PortalClaims.UserName) ?? "",
            user.FindFirstValue(PortalClaims.FullName) ?? "",
            user.FindFirstValue(PortalClaims.Position) ?? "",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList(),
            ClearanceText.Of(clearance),
            user.FindFirstValue(PortalClaims.Tenant) ?? "",
            token ? "token" : "session",
            token ? user.FindAll(TokenClaims.Scope).Select(c => c.Value).ToList() : []));
    }

    private static async Task<Ok<List<UserResponse>>> Users(IAccountDirectory accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok((await accounts.ListAsync(cancellationToken))
            .Select(a => new UserResponse(a.UserName, a.FullName, a.Position, a.Roles, ClearanceText.Of(a.Clearance), a.IsDisabled))
            .ToList());

    private static async Task<Ok<List<AuditEntryResponse>>> Audit(IAuditReader reader, IAuditTrail trail, IAuditVocabulary vocabulary, DateOnly? from, DateOnly? to,
        string? action, int? limit, CancellationToken cancellationToken)
    {
        var search = new AuditSearch(from, to, string.IsNullOrWhiteSpace(action) ? null : action.Trim(), Limit: limit ?? DefaultAuditLimit);
        await trail.RecordAsync(new AuditRecord(AuditActions.AuditViewed, AuditOutcome.Succeeded,
            Details: $"qua API: {(from is null ? "" : $"từ ngày {from:dd/MM/yyyy}; ")}{(to is null ? "" : $"đến ngày {to:dd/MM/yyyy}; ")}" +
                     $"{(search.Action is null ? "" : $"hành động {search.Action}; ")}tối đa {search.Limit}"), cancellationToken);
        var entries = await reader.ReadAsync(search, cancellationToken);
        return TypedResults.Ok(entries.Select(e => new AuditEntryResponse(e.Position, DateTime.SpecifyKind(e.TimestampUtc, DateTimeKind.Utc), e.UserName, e.Action,
                vocabulary.Action(e.Action), e.Outcome.ToString(), e.TargetKind, e.TargetId, e.RemoteAddress, e.Details))
            .ToList());
    }
}
