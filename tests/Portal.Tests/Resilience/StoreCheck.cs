namespace Portal.Tests.Resilience;

/// <summary>
/// One thing that must hold after a crash, checked while the server is down; the problems found, none
/// when it holds. A later part of the system (e.g. the search index matching the database) adds its own.
/// </summary>
public sealed record StoreCheck(string Name, Func<CrashScene, Task<IReadOnlyList<string>>> FindProblemsAsync);
