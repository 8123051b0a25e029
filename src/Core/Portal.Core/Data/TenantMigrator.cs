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

    public async Task MigrateAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        foreach (var model in Enabled(tenant))
        {
            await using var context = Create(model, tenant);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    private IEnumerable<TenantDataModel> Enabled(TenantContext tenant) =>
        models.Where(m => tenant.HasFeature(m.FeatureId));

    private DbContext Create(TenantDataModel model, TenantContext tenant) =>
        model.Create(TenantDbOptions.For(model, tenant, provider));
}
