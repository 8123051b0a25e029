namespace Portal.Core.Outbox;

/// <summary>
/// Which handler a topic's messages go to, the feature it belongs to, and the lane they run in (a topic with one
/// background route runs in the background). The dispatcher builds a handler only for a message of its topic in a
/// tenant with its feature: a handler's services may not exist where the feature is off. <see cref="Concurrency"/> above 1
/// lets that many of the topic's messages that are next to each other in a batch run at once (each in its own scope),
/// for a handler whose messages are independent of each other and wait on another node (one envelope per recipient).
/// </summary>
public sealed record OutboxRoute(string Topic, string FeatureId, Func<IServiceProvider, IOutboxHandler> Create, OutboxLane Lane = OutboxLane.AfterCommit,
    int Concurrency = 1);
