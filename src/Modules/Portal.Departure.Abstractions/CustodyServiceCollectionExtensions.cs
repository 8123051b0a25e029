using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Departure;

public static class CustodyServiceCollectionExtensions
{
    /// <summary>Routes departure's questions about items of <paramref name="kind"/> to a scoped <typeparamref name="THolder"/> in tenants with the feature.</summary>
    public static IServiceCollection AddCustodyHolder<THolder>(this IServiceCollection services, string kind, string featureId)
        where THolder : class, ICustodyHolder
    {
        services.TryAddScoped<THolder>();
        return services.AddSingleton(new CustodyRoute(kind, featureId, provider => provider.GetRequiredService<THolder>()));
    }
}
