using System.Globalization;
using System.Security.Claims;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Security;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// Decisions on a secret by a person with the authority: extending its period, downgrading Tối mật to Mật, declassifying,
/// destroying (every module erases its text, the files are shredded with the document's erasure key, then the store is compacted).
/// The document's level changes in its own module (so access and the search index follow at once), and the decision,
/// the register entry, the notices to the holders of copies at other agencies and the audit entry commit in the same transaction. The caller has checked the person sees the document.
/// </summary>
public sealed class SecretDecisions(SecretsDb db, SecretRegister register, SecretDeciders deciders, ProtectionPeriods periods, SecretFiles files,
    StoreCompaction compaction, IEnumerable<ICopyHoldersElsewhere> elsewhere, IAuditTrail audit, IOutbox outbox, ITenantUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string Extend = "gia-han";
    public const string Downgrade = "giam-mat";
    public const string Declassify = "giai-mat";
    public const string Destroy = "tieu-huy";

    public async Task<SecretEntry> DecideAsync(ClaimsPrincipal user, string kind, int documentId, DecisionInput input, CancellationToken cancellationToken)
    {
        var target = documentId.ToString(CultureInfo.InvariantCulture);
        if (!await deciders.MayDecideAsync(user, cancellationToken))
        {
            await audit.RecordAsync(new AuditRecord(SecretAuditActions.Refused, AuditOutcome.Denied, kind, target, $"Không có thẩm quyền: {input.Action}"),
                cancellationToken);
            throw new SecretForbiddenException(
                "Bạn không có thẩm quyền quyết định gia hạn, điều chỉnh độ mật, giải mật hay tiêu hủy bí mật nhà nước của cơ quan.");
        }
        var reason = input.Reason?.Trim() ?? "";
        var number = input.DecisionNumber?.Trim() ?? "";
        var errors = new List<string>();
        if (input.Action is not (Extend or Downgrade or Declassify or Destroy))
            errors.Add("Chọn quyết định: gia hạn, giảm độ mật, giải mật hoặc tiêu hủy.");
        if (reason.Length is 0 or > 1000)
            errors.Add("Ghi lý do của quyết định (không quá 1000 ký tự).");
        if (number.Length is 0 or > 100)
            errors.Add("Ghi số, ký hiệu của văn bản quyết định (không quá 100 ký tự).");
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        var today = SecretClock.Today(clock);
        SecretEntry entry = null!;
        await unitOfWork.InTransactionAsync(async () =>
        {
            entry = await register.EnterAsync(kind, documentId, cancellationToken)
                ?? throw new RequestRefusedException("Văn bản không có trong sổ quản lý bí mật nhà nước.");
            if (entry.Status == SecretStatus.Destroyed)
                throw new RequestRefusedException("Văn bản đã bị tiêu hủy: không quyết định thêm được.");
            // A declassified document may still be destroyed (it is then no longer a secret, but its record stays in the register).
            if (entry.Status != SecretStatus.Protected && input.Action != Destroy)
                throw new RequestRefusedException("Văn bản đã được giải mật: không quyết định thêm được.");
            if (input.Action == Destroy)
                await compaction.BeforeEraseAsync(cancellationToken);
            var decision = new SecretDecision
            {
                EntryId = entry.Id, Action = input.Action!, Reason = reason, DecisionNumber = number, FromLevel = entry.Level,
                EndsBefore = entry.EndsOn, DeciderId = user.FindFirstValue(PortalClaims.UserId) ?? "",
                DeciderName = user.FindFirstValue(PortalClaims.FullName) ?? user.FindFirstValue(PortalClaims.UserName) ?? "",
                AtUtc = StoredTime.Of(clock.GetUtcNow().UtcDateTime),
            };
            var action = await ApplyAsync(entry, input, today, cancellationToken);
            decision.ToLevel = entry.Level;
            decision.EndsAfter = entry.EndsOn;
            if (action == SecretAuditActions.Destroyed)
                await files.DestroyAsync(entry, cancellationToken);
            else if (decision.ToLevel != decision.FromLevel)
                await register.Holder(kind)!.ChangeLevelAsync(user, documentId, entry.Level, $"{SecretAuditActions.Names[action]} theo {number}: {reason}",
                    cancellationToken);
            db.Decisions.Add(decision);
            await db.SaveChangesAsync(cancellationToken);
            if (action == SecretAuditActions.Declassified)
                await outbox.AddAsync(SecretDeclassified.Topic, new SecretDeclassified(kind, documentId, today, decision.AtUtc), cancellationToken);
            foreach (var holders in elsewhere)
                await holders.TellAsync(new SecretDecisionNotice(kind, documentId, decision.Action, entry.Level, entry.EndsOn, number, today, reason),
                    cancellationToken);
            await audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, kind, target,
                $"{entry.NumberSymbol}: {SecretAuditActions.Names[action]} theo {number}, {SecretText.Level(decision.FromLevel)} → {SecretText.Level(entry.Level)}, " +
                $"bảo vệ đến {entry.EndsOn:dd/MM/yyyy}; {reason}"), cancellationToken);
        }, cancellationToken);
        if (entry.Status == SecretStatus.Destroyed)
            await compaction.AfterEraseAsync(cancellationToken);
        return entry;
    }

    /// <summary>Changes the entry as the decision says and returns its audit action.</summary>
    private async Task<string> ApplyAsync(SecretEntry entry, DecisionInput input, DateOnly today, CancellationToken cancellationToken)
    {
        switch (input.Action)
        {
            case Extend:
                if (entry.EndsOn < today)
                    throw new RequestRefusedException("Thời hạn bảo vệ đã hết: không gia hạn được.");
                if (input.Years is not { } years || years < 1 || years > entry.PeriodYears)
                    throw new RequestRefusedException($"Mỗi lần gia hạn từ 1 đến {entry.PeriodYears} năm (không quá thời hạn bảo vệ ban đầu).");
                entry.EndsOn = entry.EndsOn.AddYears(years);
                return SecretAuditActions.Extended;
            case Downgrade:
                if (entry.Level != SecrecyLevel.ToiMat)
                    throw new RequestRefusedException("Chỉ giảm độ mật được từ Tối mật xuống Mật.");
                // The new level is set today, so its own period runs from today.
                entry.Level = SecrecyLevel.Mat;
                entry.LevelSetOn = today;
                entry.PeriodYears = await periods.YearsAsync(SecrecyLevel.Mat, cancellationToken);
                entry.EndsOn = SecretClock.End(today, entry.PeriodYears);
                return SecretAuditActions.Downgraded;
            case Destroy:
                // The level stays what it was: the record shows what was destroyed.
                entry.Status = SecretStatus.Destroyed;
                entry.DestroyedOn = today;
                return SecretAuditActions.Destroyed;
            default:
                entry.Level = SecrecyLevel.Declassified;
                entry.Status = SecretStatus.Declassified;
                entry.DeclassifiedOn = today;
                return SecretAuditActions.Declassified;
        }
    }
}
