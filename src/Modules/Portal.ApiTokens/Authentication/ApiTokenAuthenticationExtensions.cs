using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Portal.ApiTokens.Authentication;

public static class ApiTokenAuthenticationExtensions
{
    /// <summary>
    /// The token scheme, the scope policies, and a default scheme that sends a request with a bearer
    /// token to the token scheme and any other to the session cookie — for authenticating, challenging
    /// and forbidding alike, so a script never gets a sign-in redirect and a browser never a token error.
    /// </summary>
    public static IServiceCollection AddApiTokenAuthentication(this IServiceCollection services)
    {
        services.AddScoped<TokenAuthenticator>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenSchemes.Token, "Khóa truy cập API", _ => { })
            .AddPolicyScheme(ApiTokenSchemes.CookieOrToken, "Phiên đăng nhập hoặc khóa truy cập API", o =>
                o.ForwardDefaultSelector = SelectScheme);
        // After every Configure (Identity's AddAuthentication(cookie) included): whatever the modules' order.
        services.PostConfigure<AuthenticationOptions>(o => o.DefaultScheme = ApiTokenSchemes.CookieOrToken);
        var policies = services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.Names.Keys)
            policies.AddPolicy(ApiScopes.Policy(scope), p => p.RequireAuthenticatedUser()
                .RequireAssertion(c => !TokenClaims.IsToken(c.User) || TokenClaims.HasScope(c.User, scope)));
        return services;
    }

    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers[HeaderNames.Authorization].ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? ApiTokenSchemes.Token
            : ApiTokenSchemes.Cookie;
}
