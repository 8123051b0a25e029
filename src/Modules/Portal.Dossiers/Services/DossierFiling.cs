using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core;
using Portal.Core.Data;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>
/// Opening a dossier from its catalogue entry and filing documents in it. A document is filed by reference,
/// only by someone who can see it; the dossier's level rises to the highest of its contents.
/// </summary>
public sealed class DossierFiling(DossiersDb db, ITenantUnitOfWork unitOfWork, IAccessList accessList, IAccessCheck access,
    FiledDocuments documents, DossierJournal journal, TimeProvider clock)
{
    /// <summary>The floor of a dossier's level: Portal keeps secret documents, so even an empty dossier is Mật.</summary>
    public const SecrecyLevel LowestLevel = SecrecyLevel.Mat;

    public async Task<int> OpenAsync(Person opener, int catalogueEntryId, CancellationToken cancellationToken)
    {
        var entry = await db.Catalogue.AsNoTracking().FirstOrDefaultAsync(e => e.Id == catalogueEntryId, cancellationToken)
            ?? throw new RequestRefusedException("Chọn một hồ sơ trong danh mục hồ sơ.");
        if (entry.ResponsibleUserId != opener.UserId && !opener.IsClerk)
            throw new DossierForbiddenException("Chỉ người lập hồ sơ ghi trong danh mục hoặc văn thư được mở hồ sơ này.");
        if (opener.Clearance < (int)LowestLevel)
            throw new DossierForbiddenException("Bạn chưa được cấp quyền tiếp cận bí mật nhà nước nên không mở được hồ sơ.");
        if (await db.Dossiers.AnyAsync(d => d.CatalogueEntryId == entry.Id, cancellationToken))
            throw new RequestRefusedException($"Hồ sơ {entry.Code} đã được mở.");
        var dossier = new Dossier
        {
            CatalogueEntryId = entry.Id, Year = entry.Year, UnitCode = entry.UnitCode, Code = entry.Code, Title = entry.Title,
            RetentionYears = entry.RetentionYears, ResponsibleUserId = entry.ResponsibleUserId, ResponsibleName = entry.ResponsibleName,
            Level = LowestLevel, Status = DossierStatus.Open, OpenedBy = opener.UserId, OpenedOn = DossierClock.Today(clock),
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync(cancellationToken);
            await accessList.AddAsync(new AccessEntrySpec(Resource(dossier.Id), dossier.ResponsibleUserId, AccessPosition.LeadHandler), cancellationToken);
            if (opener.UserId != dossier.ResponsibleUserId)
                await accessList.AddAsync(new AccessEntrySpec(Resource(dossier.Id), opener.UserId, AccessPosition.RegisteringClerk), cancellationToken);
            await journal.RecordAsync(dossier, DossierAuditActions.Opened, entry.Title, cancellationToken);
        }, cancellationToken);
        return dossier.Id;
    }

    /// <summary>
    /// Files a document the person can see; a document the person cannot see is answered exactly like a missing one
    /// (<see cref="DocumentNotFoundException"/>, a 404).
    /// </summary>
    public async Task AddAsync(Person person, Dossier dossier, string? kind, int documentId, CancellationToken cancellationToken)
    {
        if (dossier.Status != DossierStatus.Open)
            throw new RequestRefusedException("Hồ sơ đã kết thúc: không đưa thêm văn bản vào được.");
        if (kind is null || !FiledDocuments.KindNames.ContainsKey(kind))
            throw new RequestRefusedException("Chọn loại văn bản: văn bản đến hoặc văn bản đi.");
        if (!await access.CanSeeAsync(person.Principal, new ResourceRef(kind, documentId.ToString(CultureInfo.InvariantCulture)), cancellationToken))
            throw new DocumentNotFoundException();
        var document = await documents.FindAsync(kind, documentId, cancellationToken)
            ?? throw new RequestRefusedException("Chỉ đưa vào hồ sơ văn bản đi đã cấp số và phát hành.");
        if (await db.Items.AnyAsync(i => i.DossierId == dossier.Id && i.DocumentKind == kind && i.DocumentId == documentId, cancellationToken))
            throw new RequestRefusedException("Văn bản này đã có trong hồ sơ.");
        var pages = await documents.PageCountAsync(document, cancellationToken);
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Items.Add(new DossierItem
            {
                DossierId = dossier.Id, DocumentKind = kind, DocumentId = documentId, DocumentDate = document.Date, Level = document.Level,
                PageCount = pages, AddedBy = person.UserId, AddedUtc = StoredTime.UtcNow,
            });
            if (document.Level > dossier.Level)
                dossier.Level = document.Level;
            await db.SaveChangesAsync(cancellationToken);
            await journal.RecordAsync(dossier, DossierAuditActions.DocumentAdded,
                $"{FiledDocuments.KindNames[kind]} {document.NumberSymbol} (mã {documentId})", cancellationToken);
        }, cancellationToken);
    }

    public static ResourceRef Resource(int id) => new(DossiersFeature.Kind, id.ToString(CultureInfo.InvariantCulture));
}
