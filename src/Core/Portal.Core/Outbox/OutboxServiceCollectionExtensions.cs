using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Core.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>Routes the topic's messages to a scoped <typeparamref name="THandler"/> in tenants with the feature.</summary>
    public static IServiceCollection AddOutboxHandler<THandler>(this IServiceCollection services, string topic, string featureId,
        OutboxLane lane = OutboxLane.AfterCommit, int concurrency = 1)
        where THandler : class, IOutboxHandler
    {
        services.TryAddScoped<THandler>();
        return services.AddOutboxHandler(topic, featureId, provider => provider.GetRequiredService<THandler>(), lane, concurrency);
    }

    public static IServiceCollection AddOutboxHandler(this IServiceCollection services, string topic, string featureId,
        Func<IServiceProvider, IOutboxHandler> create, OutboxLane lane = OutboxLane.AfterCommit, int concurrency = 1) =>
        services.AddSingleton(new OutboxRoute(topic, featureId, create, lane, concurrency));
}
