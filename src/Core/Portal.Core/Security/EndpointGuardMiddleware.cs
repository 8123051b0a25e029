using Microsoft.AspNetCore.Http;

namespace Portal.Core.Security;

/// <summary>Runs every registered <see cref="IEndpointGuard"/> before the endpoint; the first refusal ends the request with 404.</summary>
public sealed class EndpointGuardMiddleware(RequestDelegate next, IEnumerable<IEndpointGuard> guards)
{
    private readonly IEndpointGuard[] _guards = guards.ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } endpoint)
        {
            foreach (var guard in _guards)
            {
                if (!await guard.AllowAsync(context, endpoint))
                {
                    context.SetEndpoint(null);
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
            }
        }
        await next(context);
    }
}
