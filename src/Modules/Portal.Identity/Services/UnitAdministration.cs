using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>The agency's units (phòng, ban), managed by the tenant admin; each change audited.</summary>
public sealed class UnitAdministration(IdentityDb db, ITenantUnitOfWork unitOfWork, IAuditTrail audit)
{
    public async Task AddAsync(string? code, string? name, string? parentCode, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        code = code?.Trim() ?? "";
        name = name?.Trim() ?? "";
        if (code.Length is 0 or > 50)
            errors.Add("Mã đơn vị phải có từ 1 đến 50 ký tự.");
        if (name.Length is 0 or > 300)
            errors.Add("Tên đơn vị phải có từ 1 đến 300 ký tự.");
        if (code.Length > 0 && await db.Units.AnyAsync(u => u.Code == code, cancellationToken))
            errors.Add($"Đã có đơn vị mã '{code}'.");
        int? parentId = null;
        if (!string.IsNullOrEmpty(parentCode))
        {
            parentId = (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == parentCode, cancellationToken))?.Id;
            if (parentId is null)
                errors.Add($"Không có đơn vị cấp trên mã '{parentCode}'.");
        }
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Units.Add(new OrganisationUnit { Code = code, Name = name, ParentId = parentId });
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(AuditActions.UnitCreated, AuditOutcome.Succeeded, "unit", code, name), cancellationToken);
        }, cancellationToken);
    }
}
