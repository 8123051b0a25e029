using Microsoft.AspNetCore.Builder;

namespace Portal.Core.Modules;

public static class FeatureEndpointExtensions
{
    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, string featureId)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new FeatureAttribute(featureId));
        return builder;
    }
}
