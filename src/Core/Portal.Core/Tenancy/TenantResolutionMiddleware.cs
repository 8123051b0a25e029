using Microsoft.AspNetCore.Http;

namespace Portal.Core.Tenancy;

/// <summary>
/// Finds the tenant from the first path segment ("/{tenant}/..."; anything else is the central
/// office at "/"), moves the prefix into PathBase so every module's routes are tenant-relative,
/// and answers 404 for unknown, disabled or unfinished tenants alike.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantHost host, ReservedPrefixes reserved, ITenantAccessor accessor)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var (segment, rest) = Split(context.Request.Path);
        var isTenantPrefix = segment.Length > 0 && !reserved.Contains(segment);
        if (isTenantPrefix && !TenantName.IsWellFormed(segment))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        TenantContext? tenant;
        try
        {
            tenant = await host.EnterAsync(isTenantPrefix ? segment : TenantRecord.DefaultName, context.RequestAborted);
        }
        catch (TenantsBusyException)
        {
            // The node sheds load rather than open more tenants than it has files for; a sender's outbox retries.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            return;
        }
        if (tenant is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var originalBase = context.Request.PathBase;
        var originalPath = context.Request.Path;
        try
        {
            if (isTenantPrefix)
            {
                context.Request.PathBase = originalBase.Add("/" + segment);
                context.Request.Path = rest;
            }
            context.Features.Set(tenant);
            accessor.Current = tenant;
            await next(context);
        }
        finally
        {
            context.Request.PathBase = originalBase;
            context.Request.Path = originalPath;
            host.Exit(tenant);
        }
    }

    private static (string Segment, PathString Remainder) Split(PathString path)
    {
        var value = path.Value ?? "";
        if (value.Length <= 1)
            return ("", path);
        var end = value.IndexOf('/', 1);
        return end < 0 ? (value[1..], new PathString("/")) : (value[1..end], new PathString(value[end..]));
    }
}
