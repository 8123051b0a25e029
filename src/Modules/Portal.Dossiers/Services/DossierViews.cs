using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core.Data;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>
/// What a person sees of dossiers: each dossier and each document in it passes the one access check, so what
/// the person may not see is in no list, count or print.
/// </summary>
public sealed class DossierViews(DossiersDb db, IAccessCheck access, FiledDocuments documents, ITenantUnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>The dossiers the person keeps, opened or received in the archive, newest first, that the access check lets them see.</summary>
    public async Task<IReadOnlyList<DossierRow>> ListAsync(Person person, CancellationToken cancellationToken)
    {
        var me = person.UserId;
        var candidates = await db.Dossiers.AsNoTracking()
            .Where(d => d.ResponsibleUserId == me || d.OpenedBy == me || d.ArchivistUserId == me)
            .OrderByDescending(d => d.Id).Take(500).ToListAsync(cancellationToken);
        var today = DossierClock.Today(clock);
        var rows = new List<DossierRow>();
        // Each decision is audited: one transaction makes their entries one commit and one head write, not one per dossier.
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var dossier in candidates)
                if (await access.CanSeeAsync(person.Principal, DossierFiling.Resource(dossier.Id), cancellationToken))
                    rows.Add(new DossierRow(dossier, HandOverDeadline.Warning(dossier, today)));
        }, cancellationToken);
        return rows;
    }

    /// <summary>The documents of the dossier the person may see, in date order (mục lục văn bản), each with its filed page count.</summary>
    public async Task<IReadOnlyList<FiledDocument>> ContentsAsync(Person person, int dossierId, CancellationToken cancellationToken)
    {
        var items = await db.Items.AsNoTracking().Where(i => i.DossierId == dossierId)
            .OrderBy(i => i.DocumentDate).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var visible = new List<FiledDocument>();
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var item in items)
            {
                var reference = new ResourceRef(item.DocumentKind, item.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (await access.CanSeeAsync(person.Principal, reference, cancellationToken)
                    && await documents.FindAsync(item.DocumentKind, item.DocumentId, cancellationToken) is { } document)
                    visible.Add(document with { PageCount = item.PageCount });
            }
        }, cancellationToken);
        return visible;
    }
}
