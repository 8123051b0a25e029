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

    internal void Touch() => Interlocked.Exchange(ref _lastAccessTicks, DateTime.UtcNow.Ticks);

    internal void Enter()
    {
        Interlocked.Increment(ref _activeRequests);
        Touch();
    }

    /// <summary>Leaves the tenant; returns how many requests and jobs are still in it.</summary>
    internal int Exit()
    {
        Touch();
        return Interlocked.Decrement(ref _activeRequests);
    }
}
