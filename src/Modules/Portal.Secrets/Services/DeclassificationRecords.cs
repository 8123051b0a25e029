using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// A declassified entry's day and its decision as the stamp names it: the decision's number, or the end of the period.
/// The register's store is resolved only in a tenant with the feature (the document modules run without it too).
/// </summary>
internal sealed class DeclassificationRecords(IServiceProvider services, ITenantAccessor tenants) : IDeclassifications
{
    public async Task<Declassification?> FindAsync(string kind, int documentId, CancellationToken cancellationToken)
    {
        if (tenants.Current?.HasFeature(SecretsFeature.Id) != true)
            return null;
        var db = services.GetRequiredService<SecretsDb>();
        var entry = await db.Entries.AsNoTracking()
            .FirstOrDefaultAsync(e => e.DocumentKind == kind && e.DocumentId == documentId && e.DeclassifiedOn != null, cancellationToken);
        if (entry?.DeclassifiedOn is not { } on)
            return null;
        var decision = await db.Decisions.AsNoTracking().Where(d => d.EntryId == entry.Id && d.ToLevel == SecrecyLevel.Declassified)
            .OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        // The sweep's own row gives its reason ("Hết thời hạn bảo vệ ngày …"); a person's decision, its number.
        return new Declassification(on, decision is null ? "" : decision.Action == PeriodEnds.Expiry ? decision.Reason : $"Theo quyết định số {decision.DecisionNumber}");
    }
}
