using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Templates.Models;

namespace Portal.Templates.Services;

/// <summary>The tenant admin's templates: each save is checked by <see cref="TemplateRules"/> and audited in the same transaction; a refusal is audited too.</summary>
public sealed class TemplateAdministration(TemplatesDb db, ITenantUnitOfWork unitOfWork, IAuditTrail audit)
{
    /// <summary>The tenant's template of the type, or the shipped default when it has none yet.</summary>
    public async Task<string> SourceAsync(DocumentType type, CancellationToken cancellationToken) =>
        (await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.TypeCode == type.Code, cancellationToken))?.Source
        ?? DefaultTemplates.For(type);

    public async Task<IReadOnlyDictionary<string, DocumentTemplate>> AllAsync(CancellationToken cancellationToken) =>
        await db.Templates.AsNoTracking().ToDictionaryAsync(t => t.TypeCode, cancellationToken);

    public async Task SaveAsync(DocumentType type, string source, string userName, CancellationToken cancellationToken)
    {
        try
        {
            TemplateRules.Check(source, type, SandboxLimits.Default);
        }
        catch (TemplateRefusedException refused)
        {
            await audit.RecordAsync(new AuditRecord(TemplateAuditActions.Refused, AuditOutcome.Denied, TemplateAuditActions.TargetKind, type.Code,
                refused.Message), cancellationToken);
            throw new RequestRefusedException(refused.Message);
        }
        await unitOfWork.InTransactionAsync(async () =>
        {
            await StoreAsync(type, source, userName, cancellationToken);
            await audit.RecordAsync(new AuditRecord(TemplateAuditActions.Saved, AuditOutcome.Succeeded, TemplateAuditActions.TargetKind, type.Code,
                $"{type.Name}; {source.Length} ký tự"), cancellationToken);
        }, cancellationToken);
    }

    internal async Task StoreAsync(DocumentType type, string source, string userName, CancellationToken cancellationToken)
    {
        var row = await db.Templates.FirstOrDefaultAsync(t => t.TypeCode == type.Code, cancellationToken);
        if (row is null)
            db.Templates.Add(row = new DocumentTemplate { TypeCode = type.Code, Source = source });
        row.Source = source;
        row.UpdatedBy = userName;
        row.UpdatedUtc = StoredTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
    }
}
