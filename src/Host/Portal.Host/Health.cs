using System.Net;
using Portal.Core.Diagnostics;
using Portal.Core.Tenancy;
using Portal.Host.Security;

namespace Portal.Host;

/// <summary>
/// /health answers before tenant resolution (is the host database there?); /health/stats gives live
/// tenant-host figures to a local caller holding the control token.
/// </summary>
public static class Health
{
    public static void Map(IApplicationBuilder health, string controlToken)
    {
        health.Run(async context =>
        {
            if (context.Request.Path == "/stats" && HttpMethods.IsGet(context.Request.Method))
                await StatsAsync(context, controlToken);
            else if (context.Request.Path == "/release" && HttpMethods.IsPost(context.Request.Method))
                await ReleaseAsync(context, controlToken);
            else if (context.Request.Path.Value is null or "" or "/")
                await StatusAsync(context);
            else
                context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
    }

    private static async Task StatusAsync(HttpContext context)
    {
        var store = context.RequestServices.GetRequiredService<TenantStore>();
        context.Response.ContentType = "application/json";
        try
        {
            await store.CountAsync(context.RequestAborted);
            await context.Response.WriteAsync("{\"status\":\"ok\"}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsync("{\"status\":\"unavailable\"}");
        }
    }

    private static bool IsOperator(HttpContext context, string controlToken) =>
        context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote) &&
        ControlToken.Matches(controlToken, context.Request.Headers[ControlToken.Header]);

    private static Task ReleaseAsync(HttpContext context, string controlToken)
    {
        if (!IsOperator(context, controlToken))
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        else
            context.RequestServices.GetRequiredService<TenantHost>().Release(context.Request.Query["tenant"].ToString());
        return Task.CompletedTask;
    }

    private static async Task StatsAsync(HttpContext context, string controlToken)
    {
        if (!IsOperator(context, controlToken))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var diagnostics = context.RequestServices.GetRequiredService<TenantDiagnostics>();
        await context.Response.WriteAsJsonAsync(await diagnostics.SnapshotAsync(context.RequestAborted));
    }
}
