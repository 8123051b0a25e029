using System.Collections.Concurrent;
using Portal.Access;

namespace Portal.Tests.Access;

/// <summary>
/// Documents of a kind no real module owns yet, so the access matrix can run before the document
/// modules land; the check, the access lists, the audit and HTTP around them are the real ones.
/// </summary>
public sealed class TestDocuments : IResourceLocator
{
    public const string Kind = "test-document";

    private static readonly ConcurrentDictionary<string, SecrecyLevel> Levels = new();

    public static void Add(string id, SecrecyLevel level) => Levels[id] = level;

    public Task<LocatedResource?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Levels.TryGetValue(id, out var level) ? new LocatedResource(level, new ResourceRef(Kind, id)) : null);
}
