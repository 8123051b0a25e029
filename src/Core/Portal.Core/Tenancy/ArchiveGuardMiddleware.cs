using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Portal.Core.Tenancy;

/// <summary>
/// A read-only archive (a merged-away agency, <see cref="TenantState.Archived"/>), after authentication: only people
/// with <paramref name="readerRole"/> (its security officers) are let in, anyone else signed in is signed out; every
/// request that would change something (any method but GET and HEAD, signing in and out aside) is refused.
/// </summary>
public sealed class ArchiveGuardMiddleware(RequestDelegate next, string readerRole)
{
    public const string WriteRefused = "Cơ quan đã sáp nhập, nay là bản lưu trữ chỉ đọc: không thay đổi được gì ở đây.";
    public const string SignInRefused = "Cơ quan đã sáp nhập, nay là bản lưu trữ chỉ đọc: chỉ cán bộ bảo vệ bí mật nhà nước của cơ quan được đăng nhập.";

    // Signing in (password, second factor), a fresh second factor and signing out write nothing but the session.
    private static readonly PathString[] SignIn = ["/account/login", "/account/totp", "/account/step-up", "/account/logout"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<TenantContext>() is not { IsArchived: true })
        {
            await next(context);
            return;
        }
        if (context.User.Identity?.IsAuthenticated == true && !context.User.IsInRole(readerRole))
        {
            await context.SignOutAsync();
            await RefuseAsync(context, SignInRefused);
            return;
        }
        var reading = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (!reading && !SignIn.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            await RefuseAsync(context, WriteRefused);
            return;
        }
        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context, string message)
    {
        context.SetEndpoint(null);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(message));
    }
}
