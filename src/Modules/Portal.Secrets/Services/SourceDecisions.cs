using System.Globalization;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// The issuing agency's decision on this agency's copy (received through the exchange): a row of its own under the copy's
/// register entry, decided by that agency. A downgrade, declassification (by decision or at the end of the period) or
/// extension applies to the copy as to the original (its level changes in its module, so access, marks and index follow);
/// a destruction leaves the copy as it is and tells the security officers, who decide on it.
/// </summary>
public sealed class SourceDecisions(SecretsDb db, SecretRegister register, ProtectionPeriods periods, IAuditTrail audit, IOutbox outbox) : ISourceDecisions
{
    public const string DestroyedAtSource = "nguon-tieu-huy";

    public async Task ApplyAsync(SecretDecisionNotice decision, string agencyName, CancellationToken cancellationToken)
    {
        // A copy registered below Mật is not in the register: there is nothing to apply the decision to.
        if (await register.EnterAsync(decision.Kind, decision.DocumentId, cancellationToken) is not { Status: not SecretStatus.Destroyed } entry)
            return;
        var decider = $"{agencyName} (cơ quan ban hành)";
        var row = new SecretDecision
        {
            EntryId = entry.Id, Action = decision.Action == SecretDecisions.Destroy ? DestroyedAtSource : decision.Action, Reason = decision.Reason,
            DecisionNumber = decision.DecisionNumber, FromLevel = entry.Level, EndsBefore = entry.EndsOn, DeciderName = decider, AtUtc = StoredTime.UtcNow,
        };
        var protectedCopy = entry.Status == SecretStatus.Protected;
        switch (decision.Action)
        {
            case SecretDecisions.Downgrade when protectedCopy && entry.Level == SecrecyLevel.ToiMat:
                entry.Level = SecrecyLevel.Mat;
                entry.LevelSetOn = decision.DecidedOn;
                entry.PeriodYears = await periods.YearsAsync(SecrecyLevel.Mat, cancellationToken);
                entry.EndsOn = decision.EndsOn;
                break;
            case SecretDecisions.Extend when protectedCopy && decision.EndsOn > entry.EndsOn:
                entry.EndsOn = decision.EndsOn;
                break;
            case SecretDecisions.Declassify or PeriodEnds.Expiry when protectedCopy:
                entry.Level = SecrecyLevel.Declassified;
                entry.Status = SecretStatus.Declassified;
                entry.DeclassifiedOn = decision.DecidedOn;
                await outbox.AddAsync(SecretDeclassified.Topic, new SecretDeclassified(entry.DocumentKind, entry.DocumentId, decision.DecidedOn, row.AtUtc),
                    cancellationToken);
                break;
            case SecretDecisions.Destroy:
                await outbox.AddAsync(SecretDestroyedAtSource.Topic, new SecretDestroyedAtSource(entry.DocumentKind, entry.DocumentId, agencyName,
                    decision.DecisionNumber, decision.DecidedOn, row.AtUtc), cancellationToken);
                break;
        }
        row.ToLevel = entry.Level;
        row.EndsAfter = entry.EndsOn;
        var name = SecretText.Decision(row.Action);
        if (row.ToLevel != row.FromLevel)
            await register.Holder(entry.DocumentKind)!.ChangeLevelAsync(SecretText.Decider(decider), entry.DocumentId, entry.Level,
                $"{name} theo {Number(decision)} của {agencyName}: {decision.Reason}", cancellationToken);
        db.Decisions.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord(SecretAuditActions.SourceDecision, AuditOutcome.Succeeded, entry.DocumentKind,
            entry.DocumentId.ToString(CultureInfo.InvariantCulture),
            $"{entry.NumberSymbol}: {name} theo {Number(decision)} của {agencyName}, {SecretText.Level(row.FromLevel)} → {SecretText.Level(entry.Level)}, " +
            $"bảo vệ đến {entry.EndsOn:dd/MM/yyyy}; {decision.Reason}", decider), cancellationToken);
    }

    private static string Number(SecretDecisionNotice decision) =>
        decision.DecisionNumber.Length > 0 ? $"quyết định số {decision.DecisionNumber} ngày {decision.DecidedOn:dd/MM/yyyy}" : $"ngày {decision.DecidedOn:dd/MM/yyyy}";
}
