using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Departure;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>
/// The dossiers a person keeps (open, or closed and not yet handed to the archive), for a hand-over when they leave: the
/// receiver becomes the person responsible and takes their places on the dossier's access list.
/// </summary>
internal sealed class DossierCustody(DossiersDb db, IAccessList accessList, DossierJournal journal) : ICustodyHolder
{
    public async Task<IReadOnlyList<CustodyItem>> InCareOfAsync(string userId, CancellationToken cancellationToken)
    {
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.ResponsibleUserId == userId && d.Status != DossierStatus.HandedOver)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.Code, d.Year, d.Level, d.Status }).ToListAsync(cancellationToken);
        return dossiers.Select(d => new CustodyItem(DossiersFeature.Kind, d.Id.ToString(CultureInfo.InvariantCulture),
            $"Hồ sơ {d.Code} năm {d.Year}", d.Level,
            d.Status == DossierStatus.Open ? "Lập hồ sơ (đang mở)" : "Giữ hồ sơ đã kết thúc, chờ nộp lưu", [])).ToList();
    }

    public async Task HandOverAsync(CustodyTransfer transfer, CancellationToken cancellationToken)
    {
        var id = int.Parse(transfer.ItemId, CultureInfo.InvariantCulture);
        var dossier = await db.Dossiers.FirstAsync(d => d.Id == id, cancellationToken);
        dossier.ResponsibleUserId = transfer.ToUserId;
        dossier.ResponsibleName = transfer.ToName;
        await db.SaveChangesAsync(cancellationToken);
        await accessList.HandOverAsync(DossierFiling.Resource(id), transfer.FromUserId, transfer.ToUserId, cancellationToken);
        await journal.RecordAsync(dossier, DossierAuditActions.CustodyTransferred, transfer.Note, cancellationToken);
    }
}
