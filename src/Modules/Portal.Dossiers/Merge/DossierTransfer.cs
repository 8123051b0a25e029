using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Dossiers.Models;
using Portal.Dossiers.Services;
using Portal.Reorganisation;

namespace Portal.Dossiers.Merge;

/// <summary>
/// The dossier catalogue and the dossiers in a merge, after the documents: each catalogue line moves with its dossier (open,
/// closed or handed over, with its totals), the documents filed in it now named by their ids in the target, and its access
/// list. A code the target already uses that year gets the source's place as a suffix (".1", ".2", as a moved register's
/// code does), and the plan names it as a conflict. A line already moved (same origin) is skipped. In a split a line goes
/// to its responsible person's successor; a filed document that went to another successor is named in its audit entry.
/// </summary>
internal sealed class DossierTransfer(DossiersDb db, IAccessList access, MovedDocuments documents, ITenantUnitOfWork unitOfWork, IAuditTrail audit)
    : ITenantTransfer
{
    public const string MovedIn = "dossier.moved-in";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken)
    {
        var codes = await db.Catalogue.AsNoTracking().Select(e => new { e.Year, e.Code }).ToListAsync(cancellationToken);
        return new TransferSummary(codes.Count, codes.Select(c => new TransferKey($"dossier:{c.Code}:{c.Year}", $"Hồ sơ {c.Code} năm {c.Year}")).ToList());
    }

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        var from = TransferBatch.After(after);
        var read = await db.Catalogue.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(size).ToListAsync(cancellationToken);
        var entries = read.Where(e => work.Takes(e.ResponsibleUserId)).ToList();
        var ids = entries.Select(e => e.Id).ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.CatalogueEntryId)).ToListAsync(cancellationToken);
        var dossierIds = dossiers.Select(d => d.Id).ToList();
        var items = await db.Items.AsNoTracking().Where(i => dossierIds.Contains(i.DossierId)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var rows = new List<(int, MovedDossier)>();
        foreach (var entry in entries)
        {
            var dossier = dossiers.FirstOrDefault(d => d.CatalogueEntryId == entry.Id);
            rows.Add((entry.Id, dossier is null
                ? new MovedDossier(entry, null, [], [])
                : new MovedDossier(entry, dossier, items.Where(i => i.DossierId == dossier.Id).ToList(),
                    await access.MembersAsync(DossierFiling.Resource(dossier.Id), cancellationToken))));
        }
        return TransferBatch.Of(rows, read.Select(e => e.Id).ToList(), size);
    }

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var rows = await work.UnmovedAsync<MovedDossier>(batch,
            origins => db.Catalogue.AsNoTracking().Where(e => origins.Contains(e.Origin!)).Select(e => e.Origin).ToListAsync(cancellationToken));
        var moved = await documents.FindAsync(work, rows.SelectMany(r => r.Items).Select(i => (i.DocumentKind, i.DocumentId)), cancellationToken);
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var row in rows)
                await ImportAsync(work, row, moved, cancellationToken);
        }, cancellationToken);
        return rows.Count;
    }

    public Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportAsync(TransferWork work, MovedDossier row, IReadOnlyDictionary<(string Kind, int Id), int> moved,
        CancellationToken cancellationToken)
    {
        var entry = row.Entry;
        var (sourceId, sourceCode) = (entry.Id, entry.Code);
        var elsewhere = new List<string>();
        entry.Id = 0;
        entry.Origin = work.Origin(Id(sourceId));
        if (await db.Catalogue.AnyAsync(e => e.Year == entry.Year && e.Code == entry.Code, cancellationToken))
            entry.Code = Suffixed(entry.Code, work.SourceIndex);
        db.Catalogue.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        if (row.Dossier is { } dossier)
        {
            dossier.Id = 0;
            dossier.CatalogueEntryId = entry.Id;
            dossier.Code = entry.Code;
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var item in row.Items)
            {
                item.Id = 0;
                item.DossierId = dossier.Id;
                if (moved.TryGetValue((item.DocumentKind, item.DocumentId), out var id))
                    item.DocumentId = id;
                else if (work.IsSplit)
                {
                    elsewhere.Add($"{item.DocumentKind} {item.DocumentId}");
                    continue;
                }
                else
                    throw new InvalidOperationException(
                        $"Văn bản {item.DocumentKind} {item.DocumentId} trong hồ sơ {sourceCode} của {work.Source} chưa được chuyển sang {work.Target}.");
                db.Items.Add(item);
            }
            await db.SaveChangesAsync(cancellationToken);
            foreach (var member in row.Access.Where(m => work.Takes(m.UserId)))
                await access.AddAsync(member with { Resource = DossierFiling.Resource(dossier.Id) }, cancellationToken);
        }
        var renamed = entry.Code == sourceCode ? "" : $", nay mang số {entry.Code} vì {work.Target} đã có hồ sơ {sourceCode} năm {entry.Year}";
        var (kind, target) = row.Dossier is { } opened ? (DossiersFeature.Kind, opened.Id) : (DossierAuditActions.CatalogueTarget, entry.Id);
        await audit.RecordAsync(new AuditRecord(MovedIn, AuditOutcome.Succeeded, kind, Id(target),
            $"Hồ sơ {sourceCode} năm {entry.Year} chuyển từ {work.Source}{renamed}; {row.Items.Count - elsewhere.Count} văn bản trong hồ sơ" +
            (elsewhere.Count == 0 ? "" : $"; văn bản đã sang cơ quan kế thừa khác, không lập trong hồ sơ ở đây: {string.Join(", ", elsewhere)}"),
            UserName: work.ApprovedBy), cancellationToken);
    }

    /// <summary>The code with the source's place appended, cut to the column's 20 characters.</summary>
    private static string Suffixed(string code, int sourceIndex)
    {
        var suffix = string.Create(CultureInfo.InvariantCulture, $".{sourceIndex + 1}");
        return code[..Math.Min(code.Length, 20 - suffix.Length)] + suffix;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
