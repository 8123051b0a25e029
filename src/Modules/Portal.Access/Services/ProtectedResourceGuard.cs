using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;

namespace Portal.Access.Services;

/// <summary>Applies the access check to every route that declares <see cref="ProtectedResourceAttribute"/>.</summary>
internal sealed class ProtectedResourceGuard : IEndpointGuard
{
    public async Task<GuardDecision> DecideAsync(HttpContext context, Endpoint endpoint)
    {
        var declarations = endpoint.Metadata.GetOrderedMetadata<ProtectedResourceAttribute>();
        if (declarations.Count == 0)
            return GuardDecision.Allow;
        if (context.User.Identity?.IsAuthenticated != true)
            return GuardDecision.NotFound;
        var check = context.RequestServices.GetRequiredService<IAccessCheck>();
        foreach (var declaration in declarations)
        {
            var id = context.GetRouteValue(declaration.RouteValue)?.ToString();
            if (string.IsNullOrEmpty(id))
                return GuardDecision.NotFound;
            switch (await check.DecideAsync(context.User, new ResourceRef(declaration.Kind, id), declaration.Operation, context.RequestAborted))
            {
                case AccessDecision.Hidden:
                    return GuardDecision.NotFound;
                case AccessDecision.StepUpRequired:
                    return GuardDecision.StepUpRequired;
            }
        }
        return GuardDecision.Allow;
    }
}
