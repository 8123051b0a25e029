using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Modules;
using Portal.Exchange.Decisions;
using Portal.Exchange.Receiving;
using Portal.Exchange.Recall;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Endpoints;

/// <summary>
/// The node-to-node endpoints of an agency: envelopes in, status messages back, recalls and decisions on a secret in. No session: a request
/// proves itself by the node credential and the agencies' signatures, checked before anything is kept.
/// Refusals answer 422 with the Vietnamese reason; a missing or wrong node credential 401.
/// </summary>
internal static class NodeApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var node = routes.MapGroup("/exchange").RequireFeature(ExchangeFeature.Id).AllowAnonymous().ExcludeFromDescription();
        node.MapPost("/envelopes", async (HttpRequest request, EnvelopeReception reception, CancellationToken cancellationToken) =>
            Answer(await reception.ReceiveAsync(request.Headers[HttpEnvelopeCourier.EnvelopeHeader], request.Headers[NodeCredential.Header],
                request.Body, cancellationToken)));
        node.MapPost("/statuses", async (StatusMessage status, HttpRequest request, StatusReception reception, CancellationToken cancellationToken) =>
            Answer(await reception.ReceiveAsync(status, request.Headers[NodeCredential.Header], cancellationToken)));
        node.MapPost("/recalls", async (StatusMessage recall, HttpRequest request, RecallReception reception, CancellationToken cancellationToken) =>
            Answer(await reception.ReceiveAsync(recall, request.Headers[NodeCredential.Header], cancellationToken)));
        node.MapPost("/decisions", async (DecisionMessage decision, HttpRequest request, DecisionReception reception, CancellationToken cancellationToken) =>
            Answer(await reception.ReceiveAsync(decision, request.Headers[NodeCredential.Header], cancellationToken)));
    }

    private static IResult Answer(ReceptionResult result) => result.Outcome switch
    {
        ReceptionOutcome.Unauthenticated => Results.Json(new { message = result.Message }, statusCode: StatusCodes.Status401Unauthorized),
        ReceptionOutcome.Refused => Results.Json(new { message = result.Message }, statusCode: StatusCodes.Status422UnprocessableEntity),
        _ => Results.Json(new { message = result.Message, duplicate = result.Outcome == ReceptionOutcome.AlreadyReceived }),
    };
}
