using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Access.Services;

/// <summary>Applies the access check to every route that declares <see cref="ProtectedResourceAttribute"/>.</summary>
internal sealed class ProtectedResourceGuard : Portal.Core.Security.IEndpointGuard
{
    public async Task<bool> AllowAsync(HttpContext context, Endpoint endpoint)
    {
        var declarations = endpoint.Metadata.GetOrderedMetadata<ProtectedResourceAttribute>();
        if (declarations.Count == 0)
            return true;
        if (context.User.Identity?.IsAuthenticated != true)
            return false;
        var check = context.RequestServices.GetRequiredService<IAccessCheck>();
        foreach (var declaration in declarations)
        {
            var id = context.GetRouteValue(declaration.RouteValue)?.ToString();
            if (string.IsNullOrEmpty(id) || !await check.CanSeeAsync(context.User, new ResourceRef(declaration.Kind, id), context.RequestAborted))
                return false;
        }
        return true;
    }
}
