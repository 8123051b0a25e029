namespace Portal.Search.Indexing;

/// <summary>Kept on the tenant's context: the index opened once, closed when the tenant is released, reopened after a failed rebuild.</summary>
public sealed class IndexSlot(string folder) : IDisposable
{
    private readonly Lock _lock = new();
    private Lazy<TenantIndex> _index = new(() => TenantIndex.Open(folder), LazyThreadSafetyMode.ExecutionAndPublication);

    public TenantIndex Index
    {
        get
        {
            lock (_lock)
                return _index.Value;
        }
    }

    /// <summary>The index if something has opened it, without opening it (or rebuilding it) here.</summary>
    public TenantIndex? IfOpen
    {
        get
        {
            lock (_lock)
                return _index.IsValueCreated ? _index.Value : null;
        }
    }

    /// <summary>Closes the index; the next use opens it again from its last commit.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            if (_index.IsValueCreated)
                _index.Value.Dispose();
            _index = new Lazy<TenantIndex>(() => TenantIndex.Open(folder), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_index.IsValueCreated)
                _index.Value.Dispose();
        }
    }
}
