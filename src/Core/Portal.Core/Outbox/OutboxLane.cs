namespace Portal.Core.Outbox;

/// <summary>When a topic's messages run.</summary>
public enum OutboxLane
{
    /// <summary>Right after the commit that wrote them, before the request answers (the index, notices, the register), and given up after <see cref="OutboxLimits.MaxAttempts"/>.</summary>
    AfterCommit,

    /// <summary>
    /// Apart from requests, in a lane of its own per tenant: work that waits on another node (delivering envelopes,
    /// statuses, recalls), so that a broadcast to thousands neither holds the sender's request nor the tenant's other
    /// messages. Never given up: the backoff is capped and the other node may come back days later.
    /// </summary>
    Background,
}
