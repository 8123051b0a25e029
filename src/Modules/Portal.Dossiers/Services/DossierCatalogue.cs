using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Dossiers.Models;
using Portal.Identity;

namespace Portal.Dossiers.Services;

/// <summary>The year's dossier catalogue (danh mục hồ sơ): kept by the clerk or the tenant admin, read by everyone signed in.</summary>
public sealed class DossierCatalogue(DossiersDb db, ITenantUnitOfWork unitOfWork, IAccountDirectory directory, IAuditTrail audit)
{
    public const int MaxRetentionYears = 100;

    public Task<List<CatalogueEntry>> ListAsync(int year, CancellationToken cancellationToken) =>
        db.Catalogue.AsNoTracking().Where(e => e.Year == year).OrderBy(e => e.UnitCode).ThenBy(e => e.Code).ToListAsync(cancellationToken);

    public async Task<int> AddAsync(Person actor, CatalogueInput input, int currentYear, CancellationToken cancellationToken)
    {
        if (!actor.IsClerk && !actor.Principal.IsInRole(Roles.TenantAdmin))
            throw new DossierForbiddenException("Chỉ văn thư hoặc quản trị hệ thống được lập danh mục hồ sơ.");
        return await AddAsync(input, currentYear, null, cancellationToken);
    }

    /// <summary>Adds a line after checking all of it; <paramref name="actingFor"/> names who a recipe acts for (null in a request).</summary>
    public async Task<int> AddAsync(CatalogueInput input, int currentYear, string? actingFor, CancellationToken cancellationToken)
    {
        var year = input.Year ?? currentYear;
        var errors = Problems(input, year).ToList();
        var account = (await directory.ListAsync(cancellationToken)).FirstOrDefault(a => a.UserName == input.Responsible?.Trim() && !a.IsDisabled);
        if (account is null)
            errors.Add("Chọn người lập hồ sơ là một tài khoản đang hoạt động của cơ quan.");
        var code = input.Code?.Trim() ?? "";
        if (await db.Catalogue.AnyAsync(e => e.Year == year && e.Code == code, cancellationToken))
            errors.Add($"Số và ký hiệu hồ sơ '{code}' đã có trong danh mục năm {year}.");
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        var entry = new CatalogueEntry
        {
            Year = year, UnitCode = input.Unit!.Trim(), Code = code, Title = input.Title!.Trim(), RetentionYears = RetentionYears(input.Retention)!.Value,
            ResponsibleUserId = account!.UserId, ResponsibleName = account.FullName, Notes = input.Notes?.Trim() ?? "",
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Catalogue.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(DossierAuditActions.CatalogueAdded, AuditOutcome.Succeeded, DossierAuditActions.CatalogueTarget,
                entry.Id.ToString(CultureInfo.InvariantCulture), $"{entry.Year} {entry.Code}: {entry.Title}", actingFor, actingFor), cancellationToken);
        }, cancellationToken);
        return entry.Id;
    }

    /// <summary>The problems of a line that need no database: a recipe checks them before anything is written.</summary>
    public static IEnumerable<string> Problems(CatalogueInput input, int year)
    {
        if (year is < 2000 or > 2100)
            yield return "Năm của danh mục phải từ 2000 đến 2100.";
        if (string.IsNullOrWhiteSpace(input.Unit) || input.Unit.Trim().Length > 20)
            yield return "Nhập mã đơn vị (không quá 20 ký tự).";
        if (string.IsNullOrWhiteSpace(input.Code) || input.Code.Trim().Length > 20 || input.Code.Trim().Any(char.IsWhiteSpace))
            yield return "Nhập số và ký hiệu hồ sơ, ví dụ 01.TCCB (không có dấu cách, không quá 20 ký tự).";
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 500)
            yield return "Nhập tiêu đề hồ sơ (không quá 500 ký tự).";
        if (RetentionYears(input.Retention) is null)
            yield return $"Thời hạn bảo quản là \"vĩnh viễn\" hoặc số năm từ 1 đến {MaxRetentionYears}.";
        if (input.Notes?.Trim().Length > 500)
            yield return "Ghi chú không quá 500 ký tự.";
    }

    /// <summary>0 for permanent; null when the text is neither "vĩnh viễn" nor a number of years in range.</summary>
    public static int? RetentionYears(string? text)
    {
        var value = text?.Trim().ToLowerInvariant() ?? "";
        if (value is "vĩnh viễn" or "vinh-vien" or "vinh vien")
            return 0;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years is >= 1 and <= MaxRetentionYears ? years : null;
    }
}
