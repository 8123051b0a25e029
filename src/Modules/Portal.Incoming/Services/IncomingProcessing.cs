using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Calendar;
using Portal.Core;
using Portal.Core.Data;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>
/// Every step after registration: submitting, the leader's direction, the lead handler's work, returning
/// and cancelling. Each step checks that it is the person's to take (403 otherwise), that the state
/// machine allows it, and then changes the row, the access list, the timeline and the audit trail together.
/// </summary>
public sealed class IncomingProcessing(IncomingDb db, ITenantUnitOfWork unitOfWork, People people, Addressees addressees, Participants participants,
    IncomingJournal journal, IWorkingCalendar calendar)
{
    public Task SubmitAsync(Actor actor, int id, string? leader, string? note, CancellationToken cancellationToken) =>
        StepAsync(actor, id, IncomingTrigger.Submit, IncomingAuditActions.Submitted, async document =>
        {
            if (!await IsHolderAsync(document, actor, cancellationToken))
                throw new NotYourStepException("Chỉ văn thư vào sổ (hoặc người có tên trên bì) được trình văn bản này.");
            var chosen = await people.RequireAsync(leader, document.Level, "lãnh đạo cho ý kiến", cancellationToken);
            if (!(await people.LeadersAsync(document.Level, cancellationToken)).Any(a => a.UserId == chosen.UserId))
                throw new RequestRefusedException($"{chosen.FullName} không phải lãnh đạo cơ quan: chọn lãnh đạo để trình.");
            var (account, actingFor) = await addressees.RouteAsync(chosen, document.Level, "người thay lãnh đạo vắng mặt", cancellationToken);
            document.LeaderUserId = account.UserId;
            document.LeaderName = account.FullName;
            document.LeaderActingFor = actingFor;
            await participants.AddAsync(document.Id, account.UserId, ParticipantRole.Leader, cancellationToken);
            return new StepNote(StepNote.Joined($"Trình {account.FullName}", actingFor), Clean(note, 1000, "ghi chú"));
        }, cancellationToken);

    public Task DirectAsync(Actor actor, int id, DirectionInput input, CancellationToken cancellationToken) =>
        StepAsync(actor, id, IncomingTrigger.Direct, IncomingAuditActions.Directed, async document =>
        {
            if (document.LeaderUserId != actor.UserId)
                throw new NotYourStepException("Văn bản này được trình lãnh đạo khác; bạn không cho ý kiến được.");
            var direction = Clean(input.Direction, 2000, "ý kiến chỉ đạo");
            if (direction.Length == 0)
                throw new RequestRefusedException("Chưa nhập ý kiến chỉ đạo (bút phê).");
            var deadline = await DeadlineAsync(input, cancellationToken);
            var (lead, leadActingFor) = await addressees.RouteAsync(
                await people.RequireAsync(input.LeadHandler, document.Level, "người xử lý chính", cancellationToken), document.Level,
                "người thay người xử lý chính vắng mặt", cancellationToken);
            var helpers = await AccountsAsync(input.CoHandlers, document, "người phối hợp", cancellationToken);
            var informed = await AccountsAsync(input.ForInformation, document, "người nhận để biết", cancellationToken);
            document.Direction = direction;
            document.LeadUserId = lead.UserId;
            document.LeadName = lead.FullName;
            document.LeadActingFor = leadActingFor;
            document.Deadline = deadline ?? document.Deadline;
            await participants.AddAsync(document.Id, lead.UserId, ParticipantRole.LeadHandler, cancellationToken);
            foreach (var helper in helpers)
                await participants.AddAsync(document.Id, helper.UserId, ParticipantRole.CoHandler, cancellationToken);
            foreach (var person in informed)
                await participants.AddAsync(document.Id, person.UserId, ParticipantRole.ForInformation, cancellationToken);
            return new StepNote(StepNote.Joined($"Xử lý chính: {lead.FullName}", leadActingFor,
                helpers.Count == 0 ? "" : "Phối hợp: " + string.Join(", ", helpers.Select(h => h.FullName)),
                informed.Count == 0 ? "" : "Để biết: " + string.Join(", ", informed.Select(h => h.FullName)),
                document.Deadline is { } due ? "Hạn xử lý: " + VietnamClock.Format(due) : ""), $"Bút phê: {direction}");
        }, cancellationToken);

    public Task StartAsync(Actor actor, int id, CancellationToken cancellationToken) =>
        StepAsync(actor, id, IncomingTrigger.Start, IncomingAuditActions.Started, document =>
        {
            RequireLead(document, actor);
            return Task.FromResult(new StepNote(""));
        }, cancellationToken);

    public Task PassOnAsync(Actor actor, int id, string? handler, string? note, CancellationToken cancellationToken) =>
        StepAsync(actor, id, IncomingTrigger.PassOn, IncomingAuditActions.PassedOn, async document =>
        {
            RequireLead(document, actor);
            var (next, nextActingFor) = await addressees.RouteAsync(
                await people.RequireAsync(handler, document.Level, "người xử lý chính mới", cancellationToken), document.Level,
                "người thay người xử lý chính vắng mặt", cancellationToken);
            if (next.UserId == actor.UserId)
                throw new RequestRefusedException("Bạn đang là người xử lý chính; chọn người khác để giao lại.");
            document.LeadUserId = next.UserId;
            document.LeadName = next.FullName;
            document.LeadActingFor = nextActingFor;
            await participants.AddAsync(document.Id, next.UserId, ParticipantRole.LeadHandler, cancellationToken);
            return new StepNote(StepNote.Joined($"Giao {next.FullName} xử lý chính", nextActingFor), Clean(note, 1000, "ghi chú"));
        }, cancellationToken);

    public Task CompleteAsync(Actor actor, int id, string? result, CancellationToken cancellationToken) =>
        StepAsync(actor, id, IncomingTrigger.Complete, IncomingAuditActions.Completed, document =>
        {
            var addressee = document.AddresseeOnly && document.Status == IncomingStatus.Registered && document.AddresseeUserId == actor.UserId;
            if (!addressee)
                RequireLead(document, actor);
            var text = Clean(result, 2000, "kết quả xử lý");
            if (text.Length == 0)
                throw new RequestRefusedException("Chưa nhập kết quả xử lý.");
            document.Result = text;
            return Task.FromResult(new StepNote("", "Kết quả: " + text));
        }, cancellationToken);

    public Task ReturnAsync(Actor actor, int id, string? reason, CancellationToken cancellationToken) =>
        StepAsync(actor, id, IncomingTrigger.Return, IncomingAuditActions.Returned, document =>
        {
            var mine = document.Status == IncomingStatus.AwaitingDirection ? document.LeaderUserId == actor.UserId : document.LeadUserId == actor.UserId;
            if (!mine)
                throw new NotYourStepException("Chỉ lãnh đạo được trình, hoặc người xử lý chính, được trả lại văn bản này.");
            return Task.FromResult(new StepNote("", "Lý do: " + Required(reason, "lý do trả lại")));
        }, cancellationToken);

    public Task CancelAsync(Actor actor, int id, string? reason, CancellationToken cancellationToken) =>
        StepAsync(actor, id, IncomingTrigger.Cancel, IncomingAuditActions.Cancelled, async document =>
        {
            if (!await participants.HasAsync(document.Id, actor.UserId, ParticipantRole.Clerk, cancellationToken))
                throw new NotYourStepException("Chỉ văn thư đã vào sổ được hủy vào sổ văn bản này.");
            document.CancelReason = Required(reason, "lý do hủy");
            return new StepNote($"Giữ số đến {document.ArrivalNumber}", $"Lý do: {document.CancelReason}");
        }, cancellationToken);

    private Task StepAsync(Actor actor, int id, IncomingTrigger trigger, string action, Func<IncomingDocument, Task<StepNote>> apply,
        CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
                ?? throw new RequestRefusedException("Không tìm thấy văn bản.");
            var machine = IncomingMachine.Of(document);
            if (!machine.CanFire(trigger))
                throw new RequestRefusedException($"Văn bản đang ở trạng thái \"{StatusText.Of(document.Status)}\": không thể {IncomingMachine.Verb(trigger)}.");
            var from = document.Status;
            // Taken before the step, which may hand the document on: who the actor stands in for, if anyone.
            var standingIn = StandingIn(document, actor);
            var step = await apply(document);
            var note = step with { Facts = StepNote.Joined(step.Facts, standingIn) };
            await machine.FireAsync(trigger);
            await db.SaveChangesAsync(cancellationToken);
            await journal.RecordAsync(document, actor, action, from, note, cancellationToken);
        }, cancellationToken);

    private async Task<bool> IsHolderAsync(IncomingDocument document, Actor actor, CancellationToken cancellationToken) =>
        document.AddresseeOnly && document.AddresseeUserId == actor.UserId
        || await participants.HasAsync(document.Id, actor.UserId, ParticipantRole.Clerk, cancellationToken);

    /// <summary>The delegation a deputy acts under on this document, so each of their steps records both people.</summary>
    private static string StandingIn(IncomingDocument document, Actor actor) =>
        document.Status == IncomingStatus.AwaitingDirection && document.LeaderUserId == actor.UserId ? document.LeaderActingFor
        : document.LeadUserId == actor.UserId ? document.LeadActingFor
        : "";

    private static void RequireLead(IncomingDocument document, Actor actor)
    {
        if (document.LeadUserId != actor.UserId)
            throw new NotYourStepException("Chỉ người xử lý chính được làm bước này.");
    }

    private async Task<List<Identity.AccountSummary>> AccountsAsync(IEnumerable<string> names, IncomingDocument document, string what,
        CancellationToken cancellationToken)
    {
        var accounts = new List<Identity.AccountSummary>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
            accounts.Add(await people.RequireAsync(name, document.Level, what, cancellationToken));
        return accounts;
    }

    /// <summary>A number of working days from today counted on the tenant's calendar when given (the form keeps the date field filled), else the date.</summary>
    private async Task<DateOnly?> DeadlineAsync(DirectionInput input, CancellationToken cancellationToken)
    {
        var (value, days) = (input.Deadline?.Trim(), input.DeadlineWorkingDays?.Trim());
        if (!string.IsNullOrEmpty(days))
        {
            if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxWorkingDays)
                throw new RequestRefusedException($"Số ngày làm việc của hạn xử lý phải từ 1 đến {MaxWorkingDays}.");
            return await calendar.AddWorkingDaysAsync(calendar.Today, count, cancellationToken);
        }
        if (string.IsNullOrEmpty(value))
            return null;
        if (!DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new RequestRefusedException($"Hạn xử lý '{value}' không phải là ngày hợp lệ (ngày/tháng/năm).");
        if (date < calendar.Today)
            throw new RequestRefusedException("Hạn xử lý không thể trước hôm nay.");
        return date;
    }

    private const int MaxWorkingDays = 250;

    private static string Required(string? value, string what)
    {
        var text = Clean(value, 1000, what);
        return text.Length > 0 ? text : throw new RequestRefusedException($"Chưa nhập {what}.");
    }

    private static string Clean(string? value, int max, string what)
    {
        var text = value?.Trim() ?? "";
        return text.Length <= max ? text : throw new RequestRefusedException($"Trường {what} không quá {max} ký tự.");
    }
}
