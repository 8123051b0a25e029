using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Departure.Models;
using Portal.Identity;

namespace Portal.Departure.Services;

/// <summary>
/// The person signs the undertaking themselves, once everything in their care is handed over (the text says so); the
/// signature records who, when and which text, and is audited.
/// </summary>
public sealed class Undertakings(DepartureDb db, CustodyHolders holders, IAccountDirectory directory, ITenantUnitOfWork unitOfWork,
    IAuditTrail audit, TimeProvider clock)
{
    public Task<Undertaking?> LatestAsync(string userId, CancellationToken cancellationToken) =>
        db.Undertakings.AsNoTracking().Where(u => u.UserId == userId).OrderByDescending(u => u.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<Undertaking> SignAsync(string userId, CancellationToken cancellationToken)
    {
        var person = await directory.FindActiveAsync(userId, cancellationToken)
            ?? throw new RequestRefusedException("Tài khoản không còn hoạt động.");
        var left = (await holders.InCareOfAsync(userId, cancellationToken)).Count;
        if (left > 0)
            throw new RequestRefusedException(
                $"Còn {left} văn bản, hồ sơ mật đang quản lý chưa bàn giao: lãnh đạo giao lại hết cho người khác rồi mới ký cam kết.");
        var undertaking = new Undertaking
        {
            UserId = userId, UserName = person.UserName, FullName = person.FullName, Position = person.Position,
            TextVersion = UndertakingText.Version, SignedUtc = StoredTime.Of(clock.GetUtcNow().UtcDateTime),
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Undertakings.Add(undertaking);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(DepartureAudit.UndertakingSigned, AuditOutcome.Succeeded, DepartureAudit.TargetKind, userId,
                $"{person.FullName} ký cam kết bảo vệ bí mật nhà nước, mẫu {UndertakingText.Version}"), cancellationToken);
        }, cancellationToken);
        return undertaking;
    }
}
