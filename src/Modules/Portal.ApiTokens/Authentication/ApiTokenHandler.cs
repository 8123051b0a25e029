using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Access;
using Portal.Core.Tenancy;

namespace Portal.ApiTokens.Authentication;

/// <summary>
/// "Authorization: Bearer ptk_…". A token is accepted only where an endpoint says it accepts tokens
/// (<see cref="ApiScopeAttribute"/>), or to read a protected resource with the api:read scope, which
/// the one access check then decides like any other request. Every bad token gets the same 401.
/// </summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    private bool _notHere;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string header = Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var endpoint = Context.GetEndpoint();
        var scoped = endpoint?.Metadata.GetMetadata<ApiScopeAttribute>() is not null;
        var protectedRead = endpoint?.Metadata.GetMetadata<ProtectedResourceAttribute>() is not null
            && (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method));
        if (!scoped && !protectedRead)
        {
            _notHere = endpoint is not null;
            return AuthenticateResult.Fail("API tokens are not accepted by this endpoint.");
        }
        var secret = header[BearerPrefix.Length..].Trim();
        var tenant = Context.Features.Get<TenantContext>();
        if (!Services.ApiTokenSecret.IsWellFormed(secret) || tenant is null || !tenant.HasFeature(ApiTokensFeature.Id))
            return AuthenticateResult.Fail("Invalid API token.");
        var principal = await Context.RequestServices.GetRequiredService<TokenAuthenticator>().AuthenticateAsync(secret, Context.RequestAborted);
        if (principal is null || (!scoped && !TokenClaims.HasScope(principal, ApiScopes.Read)))
            return AuthenticateResult.Fail("Invalid API token.");
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return _notHere
            ? ApiErrors.WriteAsync(Response, StatusCodes.Status401Unauthorized, "token_not_accepted", ApiErrors.NotHere)
            : ApiErrors.WriteAsync(Response, StatusCodes.Status401Unauthorized, "invalid_token", ApiErrors.InvalidToken);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiErrors.WriteAsync(Response, StatusCodes.Status403Forbidden, "forbidden", ApiErrors.Forbidden);
}
