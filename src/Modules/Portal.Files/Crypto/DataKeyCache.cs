using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Portal.Files.Crypto;

/// <summary>
/// The tenant's unwrapped data keys, kept on the active tenant. Each use holds a lease; when the tenant is
/// released (idle, settings changed, disabled) the keys are wiped as soon as no lease is held any more, so
/// an upload or a download still running on another request finishes with the key it started with.
/// </summary>
internal sealed class DataKeyCache : IDisposable
{
    private readonly ConcurrentDictionary<int, DataKey> _versions = new();
    private readonly Lock _gate = new();
    private int _leases;
    private bool _released;
    private bool _wiped;

    /// <summary>The leases held now (for tests and diagnostics).</summary>
    public int Leases
    {
        get
        {
            lock (_gate)
                return _leases;
        }
    }

    public bool Wiped
    {
        get
        {
            lock (_gate)
                return _wiped;
        }
    }

    /// <summary>A lease on the cached version, or null when it is not cached (or the cache was released).</summary>
    public DataKeyLease? TryLease(int version)
    {
        lock (_gate)
        {
            if (_released || !_versions.TryGetValue(version, out var key))
                return null;
            _leases++;
            return new DataKeyLease(key, this);
        }
    }

    /// <summary>
    /// Caches a version just unwrapped (the one cached already wins; the other is wiped) and leases it. After
    /// the release nothing is cached: the lease owns its key alone and wipes it when returned.
    /// </summary>
    public DataKeyLease Add(DataKey key)
    {
        lock (_gate)
        {
            if (_released)
                return new DataKeyLease(key, owner: null);
            var cached = _versions.GetOrAdd(key.Version, key);
            if (!ReferenceEquals(cached, key))
                CryptographicOperations.ZeroMemory(key.Key);
            _leases++;
            return new DataKeyLease(cached, this);
        }
    }

    internal void Return()
    {
        lock (_gate)
        {
            _leases--;
            if (_released && _leases == 0)
                Wipe();
        }
    }

    /// <summary>The tenant is released: the keys are wiped now, or when the last lease is returned.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _released = true;
            if (_leases == 0)
                Wipe();
        }
    }

    private void Wipe()
    {
        foreach (var key in _versions.Values)
            CryptographicOperations.ZeroMemory(key.Key);
        _versions.Clear();
        _wiped = true;
    }
}

/// <summary>A data key in use: valid until disposed (dispose it as soon as the wrap or unwrap is done).</summary>
internal sealed class DataKeyLease(DataKey key, DataKeyCache? owner) : IDisposable
{
    private int _returned;

    public int Version => key.Version;

    public byte[] Key => Volatile.Read(ref _returned) == 0 ? key.Key : throw new ObjectDisposedException(nameof(DataKeyLease));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _returned, 1) != 0)
            return;
        if (owner is null)
            CryptographicOperations.ZeroMemory(key.Key);
        else
            owner.Return();
    }
}
