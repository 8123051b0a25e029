using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Modules;

namespace Portal.Core.Tenancy;

/// <summary>
/// Activates tenants on first use and releases them when idle. One root container serves all
/// tenants; an active tenant is a <see cref="TenantContext"/>, so a cold one costs only its row.
/// </summary>
public sealed class TenantHost(
    TenantStore store,
    TenantMigrator migrator,
    IDataProvider provider,
    ModuleCatalogue catalogue,
    IServiceScopeFactory scopes,
    ITenantAccessor accessor,
    TenantActivations activations,
    ActiveTenantLimit limit,
    IOptions<PortalOptions> options,
    ILogger<TenantHost> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TenantContext?>>> _active = new(StringComparer.Ordinal);
    private readonly Lock _releaseLock = new();
    // Tenants loaded or being loaded: a slot is taken before the load, so concurrent activations see each other.
    private int _count;
    private int _peak;

    /// <summary>The most tenants active at once since the process started (the cap's witness).</summary>
    public int ActivePeak => Volatile.Read(ref _peak);

    public int MaxActive => limit.Value;

    /// <summary>The active tenants that take background work (outbox, schedulers, OCR, mail): read-only archives are left out.</summary>
    public IReadOnlyCollection<TenantContext> ActiveTenants => Loaded.Where(t => !t.IsArchived).ToList();

    /// <summary>Every active tenant, archives included (release, cap, refresh).</summary>
    private IReadOnlyCollection<TenantContext> Loaded =>
        _active.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully && l.Value.Result is not null)
            .Select(l => l.Value.Result!).ToList();

    /// <summary>The running tenant of that name, activated if cold; null when it does not exist or is not running.</summary>
    public async Task<TenantContext?> ActivateAsync(string name, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var lazy = _active.GetOrAdd(name, n => new Lazy<Task<TenantContext?>>(() => LoadAsync(n)));
            TenantContext? tenant;
            try
            {
                tenant = await lazy.Value.WaitAsync(cancellationToken);
            }
            catch
            {
                _active.TryRemove(new KeyValuePair<string, Lazy<Task<TenantContext?>>>(name, lazy));
                throw;
            }
            if (tenant is null)
            {
                // Not cached: a tenant created or enabled later must be found on the next request.
                _active.TryRemove(new KeyValuePair<string, Lazy<Task<TenantContext?>>>(name, lazy));
                return null;
            }
            tenant.Touch();
            if (!tenant.Released)
                return tenant;
        }
    }

    /// <summary>Marks a request in the tenant, so it is not released under the request's feet.</summary>
    public async Task<TenantContext?> EnterAsync(string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            var tenant = await ActivateAsync(name, cancellationToken);
            if (tenant is null)
                return null;
            tenant.Enter();
            if (!tenant.Released)
                return tenant;
            Leave(tenant);
        }
    }

    /// <summary>A request leaves the tenant: its end is a use too (a long request must not leave the tenant looking idle).</summary>
    public void Exit(TenantContext tenant)
    {
        tenant.Touch();
        Leave(tenant);
    }

    /// <summary>Work not asked for by a request (a sweep, outbox messages waiting) keeps the tenant only while it is in.</summary>
    internal void Hold(TenantContext tenant) => tenant.Enter();

    /// <summary>
    /// Leaves the tenant. Work that entered before the tenant was released may open connections after the release
    /// cleared the pool; the last one out closes them, so a released tenant keeps no file open.
    /// </summary>
    internal void Leave(TenantContext tenant)
    {
        if (tenant.Exit() == 0 && tenant.Released)
            provider.Release(tenant);
    }

    /// <summary>Drops the tenant's context (caches, pooled connections); the next request activates it afresh.</summary>
    public bool Release(string name) => Release(name, idleSince: null);

    public int ReleaseIdle(TimeSpan idle)
    {
        var cutoff = DateTime.UtcNow - idle;
        return Loaded.Count(t => Release(t.Name, cutoff));
    }

    /// <summary>
    /// Releases active tenants whose row changed underneath (disabled, features changed) by another
    /// process such as the CLI or another host: they are activated afresh, or answer 404, on the next request.
    /// </summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var released = 0;
        foreach (var tenant in Loaded)
        {
            var record = await store.FindAsync(tenant.Name, cancellationToken);
            if (record is null || record.State != tenant.Record.State || record.Features != tenant.Record.Features)
                released += Release(tenant.Name) ? 1 : 0;
        }
        return released;
    }

    /// <summary>Runs work for a tenant outside a request (CLI, jobs, recipes) in its own DI scope.</summary>
    public async Task<T> RunAsync<T>(TenantContext tenant, Func<IServiceProvider, Task<T>> work)
    {
        var previous = accessor.Current;
        tenant.Enter();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            accessor.Current = tenant;
            return await work(scope.ServiceProvider);
        }
        finally
        {
            accessor.Current = previous;
            Leave(tenant);
        }
    }

    /// <summary>A context for a tenant that is being set up: not cached, not reachable by requests.</summary>
    public TenantContext CreateSetupContext(TenantRecord record) => new(record, TenantFolder(record.Name));

    private bool Release(string name, DateTime? idleSince)
    {
        lock (_releaseLock)
        {
            if (!_active.TryGetValue(name, out var lazy) || !lazy.IsValueCreated || !lazy.Value.IsCompletedSuccessfully)
                return false;
            var tenant = lazy.Value.Result;
            if (tenant is null)
                return false;
            if (idleSince is { } cutoff && (tenant.ActiveRequests > 0 || tenant.LastAccessUtc > cutoff))
                return false;
            tenant.Released = true;
            _active.TryRemove(new KeyValuePair<string, Lazy<Task<TenantContext?>>>(name, lazy));
            Interlocked.Decrement(ref _count);
            foreach (var item in tenant.Items.OfType<IDisposable>())
                item.Dispose();
            provider.Release(tenant);
            logger.LogDebug("Released tenant {Tenant}", name);
            return true;
        }
    }

    private async Task<TenantContext?> LoadAsync(string name)
    {
        var record = await store.FindAsync(name, CancellationToken.None);
        if (record is not { State: TenantState.Running or TenantState.Archived })
            return null;
        var features = catalogue.WithAlwaysEnabled(record.FeatureSet, record.IsDefault);
        if (!features.SetEquals(record.FeatureSet))
        {
            record.Features = string.Join(' ', features.Order(StringComparer.Ordinal));
            await store.UpdateAsync(record, CancellationToken.None);
        }
        await TakeSlotAsync(name);
        try
        {
            var tenant = new TenantContext(record, TenantFolder(name));
            var fingerprint = migrator.Fingerprint(tenant);
            if (record.SchemaFingerprint != fingerprint)
            {
                await migrator.MigrateAsync(tenant, CancellationToken.None);
                record.SchemaFingerprint = fingerprint;
                await store.UpdateAsync(record, CancellationToken.None);
            }
            // An archive replays no outbox: nothing is sent or changed from it any more.
            if (!tenant.IsArchived)
                activations.Activated(tenant);
            logger.LogDebug("Activated tenant {Tenant}", name);
            return tenant;
        }
        catch
        {
            Interlocked.Decrement(ref _count);
            throw;
        }
    }

    /// <summary>
    /// Takes a slot for the tenant being activated, releasing the least recently used idle tenants when the cap is
    /// reached, with the idle timeout's care: one with a request, a job or outbox messages in is never released. When
    /// every active tenant is busy the activation waits for one to finish (a node that opened every tenant asked of it
    /// would run out of files), and gives up after <see cref="PortalOptions.TenantSlotWait"/>: the request answers 503
    /// and an envelope is retried by its sender's outbox. The central office counts but is never released for another:
    /// every agency's work reaches it (directory, figures), so busy agencies waiting on it would otherwise wait for
    /// ever; it activates over the cap rather than wait.
    /// </summary>
    private async Task TakeSlotAsync(string activating)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!TryTakeSlot())
        {
            var idle = Loaded.Where(t => t.Name != activating && !t.IsDefault && t.ActiveRequests == 0).OrderBy(t => t.LastAccessUtc);
            if (idle.Any(t => Release(t.Name, DateTime.MaxValue)))
                continue;
            if (activating == TenantRecord.DefaultName)
            {
                Count(Interlocked.Increment(ref _count));
                return;
            }
            if (waited.Elapsed >= options.Value.TenantSlotWait)
            {
                logger.LogWarning("Tenant {Tenant} not activated: {Limit} tenants active, every one busy", activating, limit.Value);
                throw new TenantsBusyException();
            }
            await Task.Delay(SlotPoll);
        }
    }

    private static readonly TimeSpan SlotPoll = TimeSpan.FromMilliseconds(50);

    private bool TryTakeSlot()
    {
        while (true)
        {
            var count = Volatile.Read(ref _count);
            if (count >= limit.Value)
                return false;
            if (Interlocked.CompareExchange(ref _count, count + 1, count) != count)
                continue;
            Count(count + 1);
            return true;
        }
    }

    private void Count(int active)
    {
        int peak;
        while (active > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, active, peak) != peak)
        {
        }
    }

    private string TenantFolder(string name) => Path.Combine(options.Value.SitesFolder, name);
}
