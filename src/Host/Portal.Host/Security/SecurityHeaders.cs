namespace Portal.Host.Security;

/// <summary>
/// Headers on every response: nothing may load from another origin, no framing, no sniffing, no
/// referrer leaving the site; HSTS on HTTPS.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (context.Request.IsHttps)
                    headers.StrictTransportSecurity = "max-age=31536000";
                if (!headers.ContainsKey("Cache-Control") && !context.Request.Path.StartsWithSegments("/static"))
                    headers.CacheControl = "no-store";
                headers.Remove("Server");
                return Task.CompletedTask;
            });
            await next();
        });
}
