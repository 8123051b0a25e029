using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Calendar.Models;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.Calendar.Services;

/// <summary>
/// The days off the central office enters for every agency. They live in the central office's store; an
/// agency reads them through the central office's own scope, never with its own connection. Only the
/// central office changes them.
/// </summary>
public sealed class CentralDaysOff(CalendarDb db, ITenantAccessor tenants, TenantHost host, DaysOffCache cache,
    ITenantUnitOfWork unitOfWork, IAuditTrail audit, TimeProvider clock)
{
    public const string Added = "calendar.day-off-added";
    public const string Removed = "calendar.day-off-removed";
    public const string TargetKind = "calendar";

    public Task<IReadOnlyList<DayOff>> OfYearAsync(int year, CancellationToken cancellationToken) =>
        cache.GetAsync(year, () => InCentralOfficeAsync(async d => (IReadOnlyList<DayOff>)await d.DaysOff.AsNoTracking()
            .Where(x => x.Date >= new DateOnly(year, 1, 1) && x.Date <= new DateOnly(year, 12, 31))
            .OrderBy(x => x.Date).Select(x => new DayOff(x.Date, x.Name, false)).ToListAsync(cancellationToken)));

    public async Task AddAsync(DateOnly date, string? name, string addedBy, CancellationToken cancellationToken)
    {
        EnsureCentralOffice();
        var errors = new List<string>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
            errors.Add("Nhập tên ngày nghỉ (tối đa 200 ký tự).");
        if (FixedHolidays.Of(date.Year).Any(f => f.Date == date))
            errors.Add($"Ngày {date:dd/MM/yyyy} đã là ngày lễ cố định theo Bộ luật Lao động.");
        if (await db.DaysOff.AnyAsync(d => d.Date == date, cancellationToken))
            errors.Add($"Ngày {date:dd/MM/yyyy} đã có trong lịch nghỉ.");
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.DaysOff.Add(new CentralDayOff { Date = date, Name = name!, AddedBy = addedBy, AddedUtc = StoredTime.Of(clock.GetUtcNow().UtcDateTime) });
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(Added, AuditOutcome.Succeeded, TargetKind, date.ToString("yyyy-MM-dd"), name), cancellationToken);
        }, cancellationToken);
        cache.Forget(date.Year);
    }

    public async Task RemoveAsync(DateOnly date, CancellationToken cancellationToken)
    {
        EnsureCentralOffice();
        var day = await db.DaysOff.FirstOrDefaultAsync(d => d.Date == date, cancellationToken)
            ?? throw new RequestRefusedException($"Ngày {date:dd/MM/yyyy} không có trong lịch nghỉ do Văn phòng Chính phủ nhập.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.DaysOff.Remove(day);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(Removed, AuditOutcome.Succeeded, TargetKind, date.ToString("yyyy-MM-dd"), day.Name), cancellationToken);
        }, cancellationToken);
        cache.Forget(date.Year);
    }

    private void EnsureCentralOffice()
    {
        if (tenants.Current is not { IsDefault: true })
            throw new RequestRefusedException("Chỉ Văn phòng Chính phủ nhập ngày nghỉ lễ cho các cơ quan.");
    }

    private async Task<T> InCentralOfficeAsync<T>(Func<CalendarDb, Task<T>> work)
    {
        if (tenants.Current is { IsDefault: true })
            return await work(db);
        var central = await host.ActivateAsync(TenantRecord.DefaultName)
            ?? throw new RequestRefusedException("Văn phòng Chính phủ (cơ quan trung tâm) chưa sẵn sàng nên chưa đọc được lịch nghỉ lễ.");
        return await host.RunAsync(central, services => work(services.GetRequiredService<CalendarDb>()));
    }
}
