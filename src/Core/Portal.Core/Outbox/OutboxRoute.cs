namespace Portal.Core.Outbox;

/// <summary>
/// Which handler a topic's messages go to, and the feature it belongs to. The dispatcher builds a handler only for a
/// message of its topic in a tenant with its feature: a handler's services may not exist where the feature is off.
/// </summary>
public sealed record OutboxRoute(string Topic, string FeatureId, Func<IServiceProvider, IOutboxHandler> Create);
