using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Incoming;
using Portal.Outgoing;
using Portal.Secrets.Services;

namespace Portal.Secrets.Endpoints;

/// <summary>
/// The register of state secrets (/api/secrets/register, its keepers only) and decisions on a document
/// (/api/secrets/{kind}/{documentId}/decisions, declared to the access check: unseen = 404; no authority = 403).
/// </summary>
internal static class SecretsApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/secrets").RequireFeature(SecretsFeature.Id).RequireAuthorization(PortalPolicies.SignedIn)
            .WithTags("Quản lý bí mật nhà nước");
        api.MapGet("/register", Register).WithName("SecretRegister").WithSummary("Sổ quản lý bí mật nhà nước");
        foreach (var kind in new[] { IncomingFeature.Kind, OutgoingFeature.Kind })
            api.MapPost($"/{kind}/{{documentId}}/decisions", (int documentId, DecisionInput body, ClaimsPrincipal user, SecretDecisions decisions,
                    RegisterViews views, CancellationToken cancellationToken) => DecideAsync(decisions, views, user, kind, documentId, body, cancellationToken))
                .WithMetadata(new ProtectedResourceAttribute(kind, "documentId") { Operation = ResourceOperation.Change })
                .WithName($"DecideOnSecret-{kind}").WithSummary("Gia hạn, giảm độ mật, giải mật hoặc tiêu hủy văn bản");
    }

    private static async Task<IResult> Register(string? level, string? status, ClaimsPrincipal user, RegisterViews views,
        CancellationToken cancellationToken)
    {
        if (!RegisterViews.Keeps(user))
            return Forbidden("Chỉ cán bộ bảo vệ bí mật nhà nước và văn thư giữ sổ quản lý bí mật nhà nước.");
        return Results.Ok(await views.ListAsync(user, new RegisterFilter(level, status), cancellationToken));
    }

    private static async Task<IResult> DecideAsync(SecretDecisions decisions, RegisterViews views, ClaimsPrincipal user, string kind, int documentId, DecisionInput body,
        CancellationToken cancellationToken)
    {
        try
        {
            return Results.Ok(await views.RowAsync(await decisions.DecideAsync(user, kind, documentId, body, cancellationToken), cancellationToken));
        }
        catch (SecretForbiddenException e)
        {
            return Forbidden(e.Message);
        }
        catch (RequestRefusedException e)
        {
            return Results.BadRequest(new SecretRefusal("refused", string.Join(" ", e.Errors), e.Errors));
        }
        catch (DbUpdateConcurrencyException)
        {
            const string message = "Văn bản vừa có quyết định khác; hãy tải lại.";
            return Results.Conflict(new SecretRefusal("conflict", message, [message]));
        }
    }

    private static IResult Forbidden(string message) =>
        Results.Json(new SecretRefusal("forbidden", message, [message]), statusCode: StatusCodes.Status403Forbidden);
}
