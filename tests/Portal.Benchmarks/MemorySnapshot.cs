namespace Portal.Benchmarks;

/// <summary>
/// The process after a full, compacting collection: what the OS and the runtime say it holds, and on
/// PostgreSQL the server connections it has open (0 on SQLite, whose files are counted instead).
/// </summary>
public sealed record MemorySnapshot(
    double RssMiB,
    double ManagedHeapMiB,
    double GcCommittedMiB,
    int ActiveTenants,
    int OpenSiteFiles,
    int EfServiceProviders,
    int SqlitePoolGroups,
    int DatabaseConnections);
