using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>Applies the migrations of every enabled feature's DbContext to a tenant's store.</summary>
public sealed class TenantMigrator(IEnumerable<TenantDataModel> models, IDataProvider provider)
{
    private readonly ConcurrentDictionary<string, string> _fingerprints = new();
    private readonly ConcurrentDictionary<string, bool> _checkedTemplates = new();

    /// <summary>Names the set of migrations a tenant with these features needs; equal fingerprints mean nothing to do.</summary>
    public string Fingerprint(TenantContext tenant) =>
        _fingerprints.GetOrAdd(provider.Name + "|" + string.Join(' ', tenant.Features.Order(StringComparer.Ordinal)), _ =>
        {
            var ids = new StringBuilder(provider.Name);
            foreach (var model in Enabled(tenant))
            {
                using var context = Create(model, tenant);
                ids.Append('|').Append(model.ContextType.FullName).Append(':')
                    .Append(string.Join(',', context.Database.GetMigrations()));
            }
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ids.ToString())))[..16];
        });

    /// <summary>
    /// Makes a new tenant's store with its schema. Running every migration costs some 120 durable commits (about half
    /// of a tenant's creation), so the first tenant of a set of features leaves its freshly migrated store as the
    /// template, keyed by the fingerprint, and the next ones start as a byte copy of it. The first copy in this process
    /// is checked to hold exactly the migrations' ids (reading 21 history tables costs more than the copy, so later
    /// copies of the checked file are not); one that does not is dropped with its template and the migrations run.
    /// </summary>
    public async Task CreateStoreAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var key = Fingerprint(tenant);
        if (await provider.CreateTenantStoreFromTemplateAsync(tenant.Name, key, cancellationToken))
        {
            if (_checkedTemplates.ContainsKey(key) || await HoldsEveryMigrationAsync(tenant, cancellationToken))
            {
                _checkedTemplates.TryAdd(key, true);
                return;
            }
            provider.Release(tenant);
            await provider.DropTenantStoreAsync(tenant.Name, CancellationToken.None);
            provider.DropTemplate(key);
        }
        await provider.CreateTenantStoreAsync(tenant.Name, cancellationToken);
        await MigrateAsync(tenant, cancellationToken);
        await provider.SaveTemplateAsync(tenant, key, cancellationToken);
    }

    public async Task MigrateAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        foreach (var model in Enabled(tenant))
        {
            await using var context = Create(model, tenant);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    private async Task<bool> HoldsEveryMigrationAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        foreach (var model in Enabled(tenant))
        {
            await using var context = Create(model, tenant);
            var applied = await context.Database.GetAppliedMigrationsAsync(cancellationToken);
            if (!applied.SequenceEqual(context.Database.GetMigrations(), StringComparer.Ordinal))
                return false;
        }
        return true;
    }

    private IEnumerable<TenantDataModel> Enabled(TenantContext tenant) =>
        models.Where(m => tenant.HasFeature(m.FeatureId));

    private DbContext Create(TenantDataModel model, TenantContext tenant) =>
        model.Create(TenantDbOptions.For(model, tenant, provider));
}
