using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Oversight.Board;
using Portal.Oversight.Controllers;
using Portal.Oversight.Publishing;

namespace Portal.Oversight.Endpoints;

/// <summary>The dashboard's figures as JSON under /api/oversight (central office administrators only).</summary>
internal static class OversightApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/oversight").RequireFeature(OversightFeature.Board)
            .RequireAuthorization(PortalPolicies.CentralOfficeAdmin).WithTags("Theo dõi triển khai");
        api.MapGet("/agencies", List).WithName("OversightAgencies").WithSummary("Các cơ quan, tình trạng triển khai và số liệu");
        api.MapGet("/agencies/{name}", Show).WithName("OversightAgency").WithSummary("Số liệu của một cơ quan");
        api.MapPost("/agencies/{name}/ask", Ask).WithName("OversightAsk").WithSummary("Yêu cầu cơ quan gửi lại số liệu");
    }

    private static async Task<IResult> List([AsParameters] BoardQuery query, OversightBoard board, CancellationToken cancellationToken)
    {
        var view = await board.ViewAsync(query.ToFilter(), cancellationToken);
        return Results.Ok(view.Agencies.Select(AgencyFigures.Of));
    }

    private static async Task<IResult> Show(string name, OversightBoard board, CancellationToken cancellationToken) =>
        await board.AgencyAsync(name, cancellationToken) is { } found ? Results.Ok(AgencyFigures.Of(found.Agency)) : Results.NotFound();

    private static async Task<IResult> Ask(string name, OversightBoard board, FiguresAsking asking, CancellationToken cancellationToken)
    {
        if (await board.AgencyAsync(name, cancellationToken) is null)
            return Results.NotFound();
        return await asking.AskAsync(name, "asked", cancellationToken)
            ? Results.Accepted()
            : Results.Problem("Cơ quan chưa hoạt động nên không gửi được số liệu.", statusCode: StatusCodes.Status409Conflict);
    }
}
