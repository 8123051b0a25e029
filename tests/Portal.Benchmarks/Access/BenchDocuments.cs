using System.Collections.Concurrent;
using Portal.Access;

namespace Portal.Benchmarks;

/// <summary>
/// A document kind for the access benchmark only (the idea of tests/Portal.Tests/Access/TestDocuments):
/// documents live in memory, so the figures are the access check's, not a document module's storage.
/// </summary>
public sealed class BenchDocuments : IResourceLocator
{
    public const string Kind = "bench-document";

    private static readonly ConcurrentDictionary<string, SecrecyLevel> Levels = new(StringComparer.Ordinal);

    public static void Add(string id, SecrecyLevel level) => Levels[id] = level;

    public static bool Exists(string id) => Levels.ContainsKey(id);

    public Task<LocatedResource?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Levels.TryGetValue(id, out var level) ? new LocatedResource(level, new ResourceRef(Kind, id)) : null);
}
