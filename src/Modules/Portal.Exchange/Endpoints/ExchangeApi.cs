using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Incoming;
using Portal.Outgoing;
using Portal.Exchange.Edxml;
using Portal.Exchange.Receiving;
using Portal.Exchange.Recall;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Endpoints;

/// <summary>
/// The people's exchange API under /api/exchange: the directory and its groups, and on an issued outgoing
/// document (declared to the access check: unseen = 404) sending it and following it per recipient.
/// </summary>
internal static class ExchangeApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/exchange").RequireFeature(ExchangeFeature.Id).RequireAuthorization(PortalPolicies.SignedIn)
            .WithTags("Liên thông");
        api.MapGet("/directory", (string? group, IAgencyDirectory directory, CancellationToken cancellationToken) => RefusedAsBadRequest(async () =>
            Results.Ok(group is null ? await directory.ListAsync(cancellationToken) : await directory.GroupAsync(group, cancellationToken))))
            .WithName("ExchangeDirectory").WithSummary("Danh bạ liên thông: các cơ quan, hoặc một nhóm");
        api.MapPost("/outgoing/{documentId}", Send).WithMetadata(new ProtectedResourceAttribute(OutgoingFeature.Kind, "documentId")
        {
            Operation = ResourceOperation.Change,
        }).WithName("SendOutgoing").WithSummary("Gửi liên thông văn bản đã phát hành");
        api.MapGet("/outgoing/{documentId}", async (int documentId, SendingProgress progress, CancellationToken cancellationToken) =>
            Results.Ok(await progress.OfAsync(documentId, cancellationToken)))
            .WithMetadata(new ProtectedResourceAttribute(OutgoingFeature.Kind, "documentId") { Operation = ResourceOperation.Read })
            .WithName("OutgoingExchangeProgress").WithSummary("Tình trạng gửi liên thông theo từng cơ quan nhận");
        api.MapGet("/outgoing/{documentId}/edxml", Export)
            .WithMetadata(new ProtectedResourceAttribute(OutgoingFeature.Kind, "documentId") { Operation = ResourceOperation.Export })
            .WithName("ExportEdxml").WithSummary("Xuất văn bản đã phát hành thành gói edXML (QCVN 102:2016) cho hệ thống ngoài");
        api.MapPost("/outgoing/{documentId}/recall", Recall).WithMetadata(new ProtectedResourceAttribute(OutgoingFeature.Kind, "documentId")
        {
            Operation = ResourceOperation.Change,
        }).WithName("RecallOutgoing").WithSummary("Thu hồi văn bản đã gửi liên thông, có lý do");
        api.MapPost("/edxml", (HttpRequest request, EdxmlImport import, CancellationToken cancellationToken) => RefusedAsBadRequest(async () =>
                Results.Ok(new { envelopeId = await import.ImportAsync(request.Body, cancellationToken) })))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Clerk))
            .WithName("ImportEdxml").WithSummary("Nhận gói edXML (QCVN 102:2016) từ hệ thống ngoài vào văn bản điện tử đến");
        var arrivals = api.MapGroup("/arrivals").RequireAuthorization(policy => policy.RequireRole(Roles.Clerk));
        arrivals.MapGet("", async (ClaimsPrincipal user, ArrivalQueue queue, CancellationToken cancellationToken) =>
            Results.Ok(await queue.ListAsync(Clearance(user), cancellationToken)))
            .WithName("ExchangeArrivals").WithSummary("Văn bản điện tử đến chờ vào sổ");
        arrivals.MapPost("/{senderCode}/{envelopeId:guid}/refuse", (string senderCode, Guid envelopeId, RefusalInput body, ClaimsPrincipal user,
            ArrivalQueue queue, CancellationToken cancellationToken) => RefusedAsBadRequest(async () =>
                await queue.RefuseAsync(senderCode, envelopeId, Clearance(user), body.Reason, cancellationToken) ? Results.NoContent() : Results.NotFound()))
            .WithName("RefuseArrival").WithSummary("Từ chối tiếp nhận văn bản điện tử đến, có lý do");
        arrivals.MapPost("/{senderCode}/{envelopeId:guid}/recall/accept", (string senderCode, Guid envelopeId, ClaimsPrincipal user,
            RecallConfirmation confirmation, CancellationToken cancellationToken) => RefusedAsBadRequest(async () =>
                await confirmation.ConfirmAsync(senderCode, envelopeId, Clearance(user), cancellationToken) ? Results.NoContent() : Results.NotFound()))
            .WithName("AcceptRecall").WithSummary("Đồng ý yêu cầu thu hồi chờ xác nhận (15)");
        arrivals.MapPost("/{senderCode}/{envelopeId:guid}/recall/refuse", (string senderCode, Guid envelopeId, RefusalInput body, ClaimsPrincipal user,
            RecallConfirmation confirmation, CancellationToken cancellationToken) => RefusedAsBadRequest(async () =>
                await confirmation.RefuseAsync(senderCode, envelopeId, Clearance(user), body.Reason, cancellationToken) ? Results.NoContent() : Results.NotFound()))
            .WithName("RefuseRecall").WithSummary("Từ chối yêu cầu thu hồi, có lý do (16)");
        arrivals.MapGet("/{senderCode}/{envelopeId:guid}", (string senderCode, Guid envelopeId, ClaimsPrincipal user, ArrivalRegistration registration,
            CancellationToken cancellationToken) => RefusedAsBadRequest(async () =>
                await registration.OpenAsync(senderCode, envelopeId, Clearance(user), cancellationToken) is { } opened ? Results.Ok(opened) : Results.NotFound()))
            .WithName("OpenArrival").WithSummary("Mở văn bản điện tử đến: kiểm tra chữ ký, điền sẵn phiếu vào sổ");
        arrivals.MapPost("/{senderCode}/{envelopeId:guid}/register", (string senderCode, Guid envelopeId, IncomingDraft? body, ClaimsPrincipal user,
            ArrivalRegistration registration, CancellationToken cancellationToken) => RefusedAsBadRequest(async () =>
                await registration.RegisterAsync(user, Clearance(user), senderCode, envelopeId, body, cancellationToken) is { } registered
                    ? Results.Ok(registered) : Results.NotFound()))
            .WithName("RegisterArrival").WithSummary("Vào sổ văn bản điện tử đến (phiếu điền sẵn từ phong bì)");
    }

    private static int Clearance(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Core.Security.PortalClaims.Clearance), out var level) ? level : 0;

    private static async Task<IResult> Send(int documentId, SendInput body, ClaimsPrincipal user, ExchangeSending sending, SendingProgress progress,
        CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Clerk))
            return Results.Json(new { message = "Chỉ văn thư gửi liên thông được văn bản." }, statusCode: StatusCodes.Status403Forbidden);
        return await RefusedAsBadRequest(async () =>
        {
            await sending.SendAsync(documentId, body, cancellationToken);
            return Results.Ok(await progress.OfAsync(documentId, cancellationToken));
        });
    }

    /// <summary>Văn thư only, like sending; <c>to</c> is the receiving agencies' codes, comma-separated, each in the directory.</summary>
    private static async Task<IResult> Export(int documentId, string? to, ClaimsPrincipal user, EdxmlExport export, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Clerk))
            return Results.Json(new { message = "Chỉ văn thư xuất được gói edXML của văn bản." }, statusCode: StatusCodes.Status403Forbidden);
        return await RefusedAsBadRequest(async () =>
        {
            var codes = (to ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
            var package = await export.PrepareAsync(documentId, codes, cancellationToken);
            var fileName = $"edxml-{package.Document.NumberSymbol.Replace('/', '-')}.xml";
            return Results.Stream(body => export.WriteAsync(package, body, cancellationToken), "application/xml", fileName);
        });
    }

    private static async Task<IResult> Recall(int documentId, RecallInput body, ClaimsPrincipal user, DocumentRecalling recalling,
        SendingProgress progress, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Clerk))
            return Results.Json(new { message = "Chỉ văn thư thu hồi được văn bản đã gửi liên thông." }, statusCode: StatusCodes.Status403Forbidden);
        return await RefusedAsBadRequest(async () =>
        {
            await recalling.RecallAsync(documentId, body.Reason,
                user.FindFirstValue(Core.Security.PortalClaims.FullName) ?? user.Identity?.Name ?? "", cancellationToken);
            return Results.Ok(await progress.OfAsync(documentId, cancellationToken));
        });
    }

    private static async Task<IResult> RefusedAsBadRequest(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (RequestRefusedException e)
        {
            return Results.BadRequest(new { message = string.Join(" ", e.Errors) });
        }
    }
}
