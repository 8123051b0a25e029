namespace Portal.Core.Outbox;

/// <summary>
/// Which handler a topic's messages go to, the feature it belongs to, and the lane they run in (a topic with one
/// background route runs in the background). The dispatcher builds a handler only for a message of its topic in a
/// tenant with its feature: a handler's services may not exist where the feature is off.
/// </summary>
public sealed record OutboxRoute(string Topic, string FeatureId, Func<IServiceProvider, IOutboxHandler> Create, OutboxLane Lane = OutboxLane.AfterCommit);
