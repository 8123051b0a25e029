namespace Portal.Benchmarks.Exchange;

/// <summary>
/// The broadcast's figures: how many recipients, how long until every running one's envelope was accepted and
/// acknowledged, the outbox's pace, memory, and what became of the disabled recipients' envelopes.
/// </summary>
public sealed record ExchangeBenchReport(
    string Scenario,
    DateTime AtUtc,
    string Command,
    string Machine,
    string Storage,
    string Database,
    double LoadBefore,
    double LoadAfter,
    int Communes,
    int CommunesCreated,
    double CreateSeconds,
    double? CreatedPerSecond,
    int CreateParallelism,
    int Recipients,
    int RunningRecipients,
    int ActiveBeforeSend,
    double? SendRequestSeconds,
    double? AllDeliveredSeconds,
    double? AllAcknowledgedSeconds,
    double? EnvelopesPerSecond,
    double? AcknowledgementsPerSecond,
    int Delivered,
    int Acknowledged,
    long SealedContentBytes,
    MemorySnapshot Before,
    MemorySnapshot After,
    double PeakRssMiB,
    ActiveTenantFigures Tenants,
    IReadOnlyList<ExchangeProgressSample> Timeline,
    DisabledRecipients Disabled);
