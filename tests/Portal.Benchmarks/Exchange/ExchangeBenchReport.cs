namespace Portal.Benchmarks.Exchange;

/// <summary>The broadcast's figures: how many recipients, how long until every envelope was accepted and acknowledged, and memory.</summary>
public sealed record ExchangeBenchReport(
    string Scenario,
    DateTime AtUtc,
    string Command,
    string Machine,
    string Database,
    int Recipients,
    double CreateSeconds,
    int ActiveBeforeSend,
    double SendRequestSeconds,
    double? AllDeliveredSeconds,
    double? AllAcknowledgedSeconds,
    int Delivered,
    int Acknowledged,
    long SealedContentBytes,
    MemorySnapshot Before,
    MemorySnapshot After);
