using Portal.Registers;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Incoming.Services;

namespace Portal.Incoming.Endpoints;

/// <summary>
/// The JSON API of incoming documents under /api/incoming, for the same people and with the same rules
/// as the pages; every route with a document id is declared to the access check.
/// </summary>
internal static class IncomingApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/incoming").RequireFeature(IncomingFeature.Id).RequireAuthorization(PortalPolicies.SignedIn)
            .WithTags("Văn bản đến");
        api.MapPost("", Register).WithName("RegisterIncoming").WithSummary("Vào sổ văn bản mật đến (văn thư)");
        api.MapGet("", List).WithName("ListIncoming").WithSummary("Danh sách văn bản đến của người gọi theo từng mục");
        api.MapGet("/counts", Counts).WithName("CountIncoming").WithSummary("Số văn bản đến của người gọi theo từng mục");
        api.MapGet("/register", Sheet).WithName("IncomingRegisterRows").WithSummary("Các dòng của sổ trong khoảng ngày (văn thư, cán bộ bảo vệ bí mật)");
        Protected(api.MapGet("/{documentId}", Show), ResourceOperation.Read).WithName("GetIncoming");
        Step(api, "submit", (p, a, id, b, c) => p.SubmitAsync(a, id, b.Leader, b.Note, c));
        Step(api, "start", (p, a, id, _, c) => p.StartAsync(a, id, c));
        Step(api, "pass-on", (p, a, id, b, c) => p.PassOnAsync(a, id, b.Handler, b.Note, c));
        Step(api, "complete", (p, a, id, b, c) => p.CompleteAsync(a, id, b.Result, c));
        Step(api, "return", (p, a, id, b, c) => p.ReturnAsync(a, id, b.Reason, c));
        Step(api, "cancel", (p, a, id, b, c) => p.CancelAsync(a, id, b.Reason, c));
        Protected(api.MapPost("/{documentId}/direct", Direct), ResourceOperation.Change);
        Protected(api.MapPost("/{documentId}/hand-over", HandOver), ResourceOperation.Change);
    }

    private static RouteHandlerBuilder Protected(RouteHandlerBuilder route, ResourceOperation operation) =>
        route.WithMetadata(new ProtectedResourceAttribute(IncomingFeature.Kind, "documentId") { Operation = operation });

    private static void Step(RouteGroupBuilder api, string name, Func<IncomingProcessing, Actor, int, StepInput, CancellationToken, Task> step) =>
        Protected(api.MapPost("/{documentId}/" + name, (int documentId, StepInput body, ClaimsPrincipal user, IncomingProcessing processing,
            IncomingDetails details, CancellationToken cancellationToken) =>
            RunAsync(async () =>
            {
                await step(processing, Actor.Of(user), documentId, body, cancellationToken);
                return await ShowAsync(documentId, user, details, cancellationToken);
            })), ResourceOperation.Change);

    private static Task<IResult> Register(RegistrationInput body, ClaimsPrincipal user, IncomingRegistration registration,
        CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var registered = await registration.RegisterAsync(Actor.Of(user), body, cancellationToken);
            return Results.Created($"incoming/{registered.Id}", registered);
        });

    private static async Task<IResult> List(string? view, int? page, ClaimsPrincipal user, IncomingQueries queries, CancellationToken cancellationToken)
    {
        var slug = string.IsNullOrEmpty(view) ? "mine" : view;
        if (!WorkViews.BySlug.TryGetValue(slug, out var kind))
            return Results.BadRequest(new ApiRefusal("refused", $"Không có mục '{slug}'.", [$"Chọn một trong: {string.Join(", ", WorkViews.BySlug.Keys)}."]));
        var (rows, total) = await queries.PageAsync(Actor.Of(user), kind, page ?? 1, cancellationToken);
        return Results.Ok(new ListResponse(slug, total, page ?? 1, rows.Select(ListItemResponse.Of).ToList()));
    }

    private static async Task<IResult> Counts(ClaimsPrincipal user, IncomingQueries queries, CancellationToken cancellationToken) =>
        Results.Ok((await queries.CountsAsync(Actor.Of(user), cancellationToken)).ToDictionary(p => WorkViews.Slug(p.Key), p => p.Value));

    private static Task<IResult> Sheet(string? book, DateOnly? from, DateOnly? to, ClaimsPrincipal user, RegisterViewing viewing,
        CancellationToken cancellationToken) =>
        RunAsync(async () => await viewing.OpenAsync(user, book, from, to, "qua API", cancellationToken) is { } sheet
            ? Results.Ok(sheet)
            : Results.NotFound());

    private static Task<IResult> Show(int documentId, ClaimsPrincipal user, IncomingDetails details, CancellationToken cancellationToken) =>
        ShowAsync(documentId, user, details, cancellationToken);

    private static Task<IResult> Direct(int documentId, DirectionInput body, ClaimsPrincipal user, IncomingProcessing processing,
        IncomingDetails details, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await processing.DirectAsync(Actor.Of(user), documentId, body, cancellationToken);
            return await ShowAsync(documentId, user, details, cancellationToken);
        });

    private static Task<IResult> HandOver(int documentId, StepInput body, ClaimsPrincipal user, HandOverBook book, CancellationToken cancellationToken) =>
        RunAsync(async () => Results.Ok(new { number = await book.RecordAsync(Actor.Of(user), documentId, body.Recipient, body.Note, cancellationToken) }));

    private static async Task<IResult> ShowAsync(int documentId, ClaimsPrincipal user, IncomingDetails details, CancellationToken cancellationToken) =>
        await details.LoadAsync(Actor.Of(user), documentId, cancellationToken) is { } found ? Results.Ok(DocumentResponse.Of(found)) : Results.NotFound();

    private static async Task<IResult> RunAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (DuplicateFoundException e)
        {
            return Results.Conflict(new ApiRefusal("duplicate", e.Message, [e.Message], e.Candidates));
        }
        catch (NotYourStepException e)
        {
            return Results.Json(new ApiRefusal("forbidden", e.Message, [e.Message]), statusCode: StatusCodes.Status403Forbidden);
        }
        catch (RequestRefusedException e)
        {
            return Results.BadRequest(new ApiRefusal("refused", string.Join(" ", e.Errors), e.Errors));
        }
    }
}
