using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Access;

public static class ResourceLocatorServiceCollectionExtensions
{
    /// <summary>Routes the access check's look-ups of <paramref name="kind"/> to a scoped <typeparamref name="TLocator"/> in tenants with the feature.</summary>
    public static IServiceCollection AddResourceLocator<TLocator>(this IServiceCollection services, string kind, string featureId)
        where TLocator : class, IResourceLocator
    {
        services.TryAddScoped<TLocator>();
        return services.AddSingleton(new ResourceLocatorRoute(kind, featureId, provider => provider.GetRequiredService<TLocator>()));
    }
}
