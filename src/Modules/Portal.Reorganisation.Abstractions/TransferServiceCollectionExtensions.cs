using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Reorganisation;

public static class TransferServiceCollectionExtensions
{
    /// <summary>
    /// Routes a reorganisation's step of <paramref name="kind"/> to a scoped <typeparamref name="TTransfer"/> in tenants with
    /// the feature; lower orders move first; <paramref name="name"/> names its line on the plan instead of the feature.
    /// </summary>
    public static IServiceCollection AddTenantTransfer<TTransfer>(this IServiceCollection services, string kind, string featureId, int order,
        string? name = null)
        where TTransfer : class, ITenantTransfer
    {
        services.TryAddScoped<TTransfer>();
        services.TryAddScoped<MovedDocuments>();
        return services.AddSingleton(new TransferRoute(kind, featureId, order, provider => provider.GetRequiredService<TTransfer>(), name));
    }

    /// <summary>Counts what the feature's module leaves behind in a source, for the plan's warning.</summary>
    public static IServiceCollection AddStayingData<TStaying>(this IServiceCollection services, string featureId)
        where TStaying : class, IStayingData
    {
        services.TryAddScoped<TStaying>();
        return services.AddSingleton(new StayingRoute(featureId, provider => provider.GetRequiredService<TStaying>()));
    }
}
