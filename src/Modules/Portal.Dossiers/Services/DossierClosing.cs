using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core;
using Portal.Core.Data;
using Portal.Dossiers.Models;
using Portal.Identity;

namespace Portal.Dossiers.Services;

/// <summary>Closing a dossier (kết thúc: its totals fixed) and handing a closed one over to the agency archive (nộp lưu).</summary>
public sealed class DossierClosing(DossiersDb db, ITenantUnitOfWork unitOfWork, IAccessList accessList, IAccountDirectory directory,
    DossierJournal journal, TimeProvider clock)
{
    public async Task CloseAsync(Person person, Dossier dossier, DateOnly? endDate, CancellationToken cancellationToken)
    {
        if (person.UserId != dossier.ResponsibleUserId)
            throw new DossierForbiddenException("Chỉ người lập hồ sơ được kết thúc hồ sơ.");
        if (dossier.Status != DossierStatus.Open)
            throw new RequestRefusedException("Hồ sơ đã kết thúc.");
        var today = DossierClock.Today(clock);
        var ended = endDate ?? today;
        var errors = new List<string>();
        var items = await db.Items.AsNoTracking().Where(i => i.DossierId == dossier.Id).Select(i => new { i.PageCount, i.DocumentDate })
            .ToListAsync(cancellationToken);
        if (items.Count == 0)
            errors.Add("Hồ sơ chưa có văn bản nào: không kết thúc được.");
        // The matter may have ended before the dossier was opened on the system, but not before its first document.
        else if (ended > today || ended < items.Min(i => i.DocumentDate))
            errors.Add($"Ngày kết thúc phải từ ngày của văn bản sớm nhất trong hồ sơ ({DossierText.Date(items.Min(i => i.DocumentDate))}) đến hôm nay.");
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        await unitOfWork.InTransactionAsync(async () =>
        {
            dossier.Status = DossierStatus.Closed;
            dossier.ClosedOn = ended;
            dossier.DocumentTotal = items.Count;
            dossier.PageTotal = items.Sum(i => i.PageCount);
            await db.SaveChangesAsync(cancellationToken);
            await journal.RecordAsync(dossier, DossierAuditActions.Closed,
                $"ngày kết thúc {DossierText.Date(ended)}, {dossier.DocumentTotal} văn bản, {dossier.PageTotal} tờ", cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Hands a closed dossier to an archivist (role luu-tru, cleared for its level), who is put on its access list.</summary>
    public async Task HandOverAsync(Person person, Dossier dossier, string? archivistUserName, CancellationToken cancellationToken)
    {
        if (person.UserId != dossier.ResponsibleUserId && !person.IsClerk)
            throw new DossierForbiddenException("Chỉ người lập hồ sơ hoặc văn thư được nộp lưu hồ sơ.");
        if (dossier.Status != DossierStatus.Closed)
            throw new RequestRefusedException(dossier.Status == DossierStatus.Open
                ? "Hồ sơ chưa kết thúc: hãy kết thúc hồ sơ trước khi nộp lưu."
                : "Hồ sơ đã được nộp lưu.");
        var archivist = (await directory.ListAsync(cancellationToken))
            .FirstOrDefault(a => a.UserName == archivistUserName?.Trim() && !a.IsDisabled && a.Roles.Contains(Roles.Archivist));
        if (archivist is null)
            throw new RequestRefusedException("Chọn người nhận là cán bộ Lưu trữ cơ quan.");
        if ((int)archivist.Clearance < (int)dossier.Level)
            throw new RequestRefusedException($"{archivist.FullName} chưa được tiếp cận bí mật nhà nước độ {DossierText.Mark(dossier.Level)}: không giao hồ sơ này được.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            dossier.Status = DossierStatus.HandedOver;
            dossier.HandedOverOn = DossierClock.Today(clock);
            dossier.HandedOverBy = person.FullName;
            dossier.ArchivistUserId = archivist.UserId;
            dossier.ArchivistName = archivist.FullName;
            await db.SaveChangesAsync(cancellationToken);
            await accessList.AddAsync(new AccessEntrySpec(DossierFiling.Resource(dossier.Id), archivist.UserId, AccessPosition.Addressee), cancellationToken);
            await journal.RecordAsync(dossier, DossierAuditActions.HandedOver, $"người giao {person.FullName}, người nhận {archivist.FullName}",
                cancellationToken);
        }, cancellationToken);
    }
}
