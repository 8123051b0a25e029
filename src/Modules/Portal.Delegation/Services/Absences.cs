using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Calendar;
using Portal.Core;
using Portal.Core.Data;
using Portal.Delegation.Models;
using Portal.Identity;

namespace Portal.Delegation.Services;

/// <summary>
/// A leader marks their own absence and names the deputy, or cancels it; both are audited with both people. The
/// deputy must be cleared at least as high as the leader, so every document that would have reached the leader can
/// reach them; a TUQ. authorisation needs its written reference and scope (DOMAIN.md §1.3).
/// </summary>
public sealed class Absences(DelegationDb db, IAccountDirectory directory, IWorkingCalendar calendar, ITenantUnitOfWork unitOfWork,
    IAuditTrail audit, TimeProvider clock)
{
    public static readonly string[] LeaderRoles = [Roles.Head, Roles.Deputy, Roles.UnitLeader];
    private const int MaxDays = 366;

    public async Task<IReadOnlyList<Absence>> OfAsync(string leaderUserId, CancellationToken cancellationToken) =>
        await db.Absences.AsNoTracking().Where(a => a.LeaderUserId == leaderUserId)
            .OrderByDescending(a => a.FromDate).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>The people who may stand in for that leader: active, not the leader, cleared at least as high.</summary>
    public async Task<IReadOnlyList<AccountSummary>> CandidatesAsync(string leaderUserId, CancellationToken cancellationToken)
    {
        var accounts = await directory.ListAsync(cancellationToken);
        var leader = accounts.FirstOrDefault(a => a.UserId == leaderUserId);
        return leader is null
            ? []
            : accounts.Where(a => !a.IsDisabled && a.UserId != leaderUserId && a.Clearance >= leader.Clearance
                                  && a.Roles.Any(r => r != Roles.TenantAdmin)).ToList();
    }

    public async Task<Absence> MarkAsync(string leaderUserId, AbsenceInput input, CancellationToken cancellationToken)
    {
        var leader = (await directory.ListAsync(cancellationToken)).FirstOrDefault(a => a.UserId == leaderUserId && !a.IsDisabled);
        if (leader is null || !leader.Roles.Any(LeaderRoles.Contains))
            throw new RequestRefusedException("Chỉ lãnh đạo đăng ký vắng mặt và cử người thay.");
        var errors = new List<string>();
        var deputy = (await CandidatesAsync(leaderUserId, cancellationToken))
            .FirstOrDefault(a => string.Equals(a.UserName, input.Deputy?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (deputy is null)
            errors.Add("Chọn người thay (đang hoạt động, không phải chính mình, được tiếp cận bí mật nhà nước ít nhất bằng mình).");
        else if (input.Kind != DelegationKind.Authorised && !deputy.Roles.Any(LeaderRoles.Contains))
            errors.Add($"{deputy.FullName} không phải lãnh đạo: chỉ ký thay (KT.) hoặc quyền (Q.) được khi người thay là lãnh đạo; nếu không, chọn ủy quyền (TUQ.).");
        var (from, to) = (input.From, input.To);
        if (from is null || to is null)
            errors.Add("Nhập ngày bắt đầu và ngày kết thúc vắng mặt.");
        else if (from < calendar.Today)
            errors.Add("Ngày bắt đầu vắng mặt không thể trước hôm nay.");
        else if (to < from || to.Value.DayNumber - from.Value.DayNumber >= MaxDays)
            errors.Add($"Ngày kết thúc phải từ ngày bắt đầu trở đi, trong vòng {MaxDays} ngày.");
        var scope = input.Scope?.Trim() ?? "";
        var reference = input.Reference?.Trim() ?? "";
        if (scope.Length > 500 || reference.Length > 200)
            errors.Add("Phạm vi tối đa 500 ký tự, văn bản ủy quyền tối đa 200 ký tự.");
        if (input.Kind == DelegationKind.Authorised && (scope.Length == 0 || reference.Length == 0))
            errors.Add("Ủy quyền (TUQ.) phải có văn bản ủy quyền (số, ngày) và phạm vi ủy quyền.");
        if (from is not null && to is not null && await db.Absences.AnyAsync(a => a.LeaderUserId == leaderUserId && a.CancelledUtc == null
                && a.FromDate <= to && a.ToDate >= from, cancellationToken))
            errors.Add("Đã có lịch vắng mặt trùng thời gian này: hủy lịch cũ trước.");
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        var absence = new Absence
        {
            LeaderUserId = leader.UserId, LeaderName = leader.FullName, LeaderTitle = leader.Position,
            DeputyUserId = deputy!.UserId, DeputyUserName = deputy.UserName, DeputyName = deputy.FullName, DeputyTitle = deputy.Position,
            Kind = input.Kind, FromDate = from!.Value, ToDate = to!.Value, Scope = scope, Reference = reference,
            CreatedUtc = StoredTime.Of(clock.GetUtcNow().UtcDateTime),
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Absences.Add(absence);
            await db.SaveChangesAsync(cancellationToken);
            await RecordAsync(DelegationAudit.Marked, absence, cancellationToken);
        }, cancellationToken);
        return absence;
    }

    /// <summary>False when the person has no such absence in force (someone else's answers as if it did not exist).</summary>
    public async Task<bool> CancelAsync(string leaderUserId, int id, CancellationToken cancellationToken)
    {
        var absence = await db.Absences.FirstOrDefaultAsync(a => a.Id == id && a.LeaderUserId == leaderUserId && a.CancelledUtc == null, cancellationToken);
        if (absence is null)
            return false;
        await unitOfWork.InTransactionAsync(async () =>
        {
            absence.CancelledUtc = StoredTime.Of(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            await RecordAsync(DelegationAudit.Cancelled, absence, cancellationToken);
        }, cancellationToken);
        return true;
    }

    private Task RecordAsync(string action, Absence absence, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, DelegationAudit.TargetKind,
            absence.Id.ToString(CultureInfo.InvariantCulture), absence.ToActingFor().Note), cancellationToken);
}
