using System.Text;
using Microsoft.AspNetCore.Http;

namespace Portal.Core.Security;

/// <summary>Runs every registered <see cref="IEndpointGuard"/> before the endpoint; the first refusal ends the request.</summary>
public sealed class EndpointGuardMiddleware(RequestDelegate next, IEnumerable<IEndpointGuard> guards)
{
    private const string StepUpMessage = "Thao tác này cần xác thực lại bằng mã xác thực hai lớp; khóa truy cập API không dùng được cho thao tác này.";

    private readonly IEndpointGuard[] _guards = guards.ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } endpoint)
        {
            foreach (var guard in _guards)
            {
                switch (await guard.DecideAsync(context, endpoint))
                {
                    case GuardDecision.NotFound:
                        context.SetEndpoint(null);
                        context.Response.StatusCode = StatusCodes.Status404NotFound;
                        return;
                    case GuardDecision.StepUpRequired:
                        await StepUpAsync(context);
                        return;
                }
            }
        }
        await next(context);
    }

    private static async Task StepUpAsync(HttpContext context)
    {
        context.SetEndpoint(null);
        var browser = HttpMethods.IsGet(context.Request.Method) && context.User.FindFirst(PortalClaims.Method)?.Value != "token";
        if (browser)
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect(context.Request.PathBase + "/account/step-up?returnUrl=" + Uri.EscapeDataString(returnUrl));
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(StepUpMessage));
    }
}
