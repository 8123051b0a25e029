using Microsoft.AspNetCore.Http;
using Portal.Core.Tenancy;

namespace Portal.Core.Modules;

/// <summary>After routing: a route whose feature the tenant has not enabled answers 404, as if it did not exist.</summary>
public sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var tenant = context.Features.Get<TenantContext>();
        var feature = context.GetEndpoint()?.Metadata.GetMetadata<FeatureAttribute>();
        if (feature is not null && (tenant is null || !tenant.HasFeature(feature.FeatureId)))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
