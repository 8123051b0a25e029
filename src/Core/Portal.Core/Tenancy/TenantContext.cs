using System.Collections.Concurrent;

namespace Portal.Core.Tenancy;

/// <summary>
/// An active tenant: its settings snapshot and whatever per-tenant state modules cache on it
/// (EF options, indexes). Dropped as a whole when the tenant is released.
/// </summary>
public sealed class TenantContext
{
    private readonly ConcurrentDictionary<Type, object> _items = new();
    private long _lastAccessTicks;
    private int _activeRequests;

    public TenantContext(TenantRecord record, string dataFolder)
    {
        Record = record;
        DataFolder = dataFolder;
        Features = record.FeatureSet;
        Touch();
    }

    public TenantRecord Record { get; }
    public string Name => Record.Name;
    public bool IsDefault => Record.IsDefault;

    /// <summary>A read-only archive (<see cref="TenantState.Archived"/>): read by its security officers, no background work.</summary>
    public bool IsArchived => Record.State == TenantState.Archived;
    public string DataFolder { get; }
    public IReadOnlySet<string> Features { get; }
    /// <summary>The URL prefix of the tenant ("" for the central office).</summary>
    public string UrlPrefix => IsDefault ? "" : "/" + Name;

    internal bool Released { get; set; }
    public DateTime LastAccessUtc => new(Interlocked.Read(ref _lastAccessTicks), DateTimeKind.Utc);
    public int ActiveRequests => Volatile.Read(ref _activeRequests);

    public bool HasFeature(string featureId) => Features.Contains(featureId);

    public T GetOrAdd<T>(Func<T> factory) where T : class => (T)_items.GetOrAdd(typeof(T), _ => factory());

    public T GetOrAdd<T>(Type key, Func<T> factory) where T : class => (T)_items.GetOrAdd(key, _ => factory());

    public IEnumerable<object> Items => _items.Values;

    /// <summary>A use of the tenant (a request, or work asked for by name): what the idle timeout and the cap count from.</summary>
    internal void Touch() => Interlocked.Exchange(ref _lastAccessTicks, DateTime.UtcNow.Ticks);

    /// <summary>
    /// Work in the tenant (a request, a job, outbox messages waiting): it is not released while any is in. Background
    /// sweeps enter too, so entering does not count as a use: it would keep every active tenant recent forever.
    /// </summary>
    internal void Enter() => Interlocked.Increment(ref _activeRequests);

    /// <summary>Leaves the tenant; returns how many requests and jobs are still in it.</summary>
    internal int Exit() => Interlocked.Decrement(ref _activeRequests);
}
