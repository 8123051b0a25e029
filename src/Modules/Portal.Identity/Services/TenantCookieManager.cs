using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Portal.Core.Tenancy;

namespace Portal.Identity.Services;

/// <summary>
/// One sign-in cookie per tenant, scoped to the tenant's prefix, so a browser signed in to two
/// agencies keeps both sessions and neither cookie is ever sent to the other agency's pages.
/// </summary>
internal sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, Name(context, key), value, Scoped(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, Name(context, key), Scoped(context, options));

    private static string Name(HttpContext context, string key) =>
        context.Features.Get<TenantContext>() is { } tenant ? $"{key}.{tenant.Name.ToLowerInvariant()}" : key;

    private static CookieOptions Scoped(HttpContext context, CookieOptions options) =>
        new(options) { Path = context.Features.Get<TenantContext>() is { IsDefault: false } tenant ? tenant.UrlPrefix : "/" };
}
