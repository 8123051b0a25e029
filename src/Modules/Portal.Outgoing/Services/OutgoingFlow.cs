using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Delegation;
using Portal.Files;
using Portal.Identity;
using Portal.Outgoing.Keys;
using Portal.Outgoing.Models;
using Portal.Registers;
using Portal.Signing;
using Portal.Templates;

namespace Portal.Outgoing.Services;

/// <summary>
/// The steps after drafting. Each checks that the person is the one the step belongs to (403 otherwise),
/// moves the machine, puts the next person on the access list and writes the timeline and the audit
/// entry in one transaction. Signing asks for a fresh second factor; issuing takes the number in the
/// outgoing register inside its transaction, writes it and the date into the signed page's blanks and
/// appends the agency's signature, both as updates after the signed bytes.
/// </summary>
public sealed class OutgoingFlow(OutgoingDb db, ITenantUnitOfWork unitOfWork, IAccessList accessList, OutgoingJournal journal, Colleagues colleagues,
    OutgoingPdf pdf, SoftwareKeystore keystore, IPdfSigner signer, IPdfFiller filler, IFileVault vault, IRegistrationBooks books, IRegisterNumbering numbering,
    ITenantAccessor tenants, IConfiguration configuration, TimeProvider time, IDelegations delegations)
{
    internal static readonly string[] Reviewers = [Roles.UnitLeader, Roles.Head, Roles.Deputy];
    internal static readonly string[] Clerks = [Roles.Clerk];
    internal static readonly string[] Signers = [Roles.Signer, Roles.Head, Roles.Deputy];

    public async Task SubmitAsync(Person actor, OutgoingDocument document, StepInput input, CancellationToken cancellationToken)
    {
        Require(document.DrafterId == actor.UserId, "Chỉ người soạn thảo trình được dự thảo.");
        var reviewer = await colleagues.FindAsync(input.Next, document.Level, Reviewers, "lãnh đạo đơn vị", cancellationToken);
        await StepAsync(actor, document, OutgoingTrigger.Submit, OutgoingAuditActions.Submitted, new StepNote($"trình {reviewer.FullName}"), async () =>
        {
            document.ReviewerId = reviewer.UserId;
            await JoinAsync(document, reviewer.UserId, AccessPosition.Approver, cancellationToken);
        }, cancellationToken);
    }

    public async Task ApproveAsync(Person actor, OutgoingDocument document, StepInput input, CancellationToken cancellationToken)
    {
        Require(document.ReviewerId == actor.UserId, "Chỉ lãnh đạo đơn vị được trình mới duyệt được dự thảo này.");
        var clerk = await colleagues.FindAsync(input.Next, document.Level, Clerks, "văn thư", cancellationToken);
        await StepAsync(actor, document, OutgoingTrigger.Approve, OutgoingAuditActions.Approved, new StepNote($"chuyển văn thư {clerk.FullName}"), async () =>
        {
            document.ClerkId = clerk.UserId;
            await JoinAsync(document, clerk.UserId, AccessPosition.RegisteringClerk, cancellationToken);
        }, cancellationToken);
    }

    public async Task CheckAsync(Person actor, OutgoingDocument document, StepInput input, CancellationToken cancellationToken)
    {
        await RequireClerkAsync(actor, document, cancellationToken);
        var chosen = await colleagues.FindAsync(input.Next, document.Level, Signers, "người ký", cancellationToken);
        var acting = await delegations.InForceForAsync(chosen.UserId, cancellationToken);
        var person = acting is null ? chosen : await colleagues.FindAsync(acting.DeputyUserName, document.Level, [], "người ký thay", cancellationToken);
        var place = input.Place?.Trim() ?? "";
        var title = input.Title?.Trim() ?? "";
        if (place.Length is 0 or > 100 || title.Length is 0 or > 200 || (input.Authority?.Length ?? 0) > 200)
            throw new RequestRefusedException("Nhập địa danh, chức vụ người ký (và quyền hạn ký nếu có: TM., KT., TL., TUQ., Q.).");
        var symbol = input.Symbol?.Trim() ?? "";
        if (symbol.Length is 0 or > 40 || !symbol.All(c => char.IsLetterOrDigit(c) || c == '-'))
            throw new RequestRefusedException("Nhập ký hiệu của cơ quan ban hành (ví dụ SNV-VP): chữ, số và dấu gạch nối, không có khoảng trắng.");
        var note = acting is null ? $"trình ký {person.FullName}" : $"trình ký {person.FullName}; {acting.Note}";
        await StepAsync(actor, document, OutgoingTrigger.Check, OutgoingAuditActions.Checked, new StepNote(note), async () =>
        {
            // An absent signer's deputy signs with the authority line the delegation gives, whatever the clerk typed.
            document.SignerId = person.UserId;
            document.SignerName = person.FullName;
            document.SignerTitle = acting?.TitleLine ?? title;
            document.Authority = acting?.AuthorityLine ?? input.Authority?.Trim() ?? "";
            document.ActingFor = acting?.Note ?? "";
            document.Place = place;
            document.Symbol = symbol;
            await JoinAsync(document, person.UserId, AccessPosition.Signer, cancellationToken);
        }, cancellationToken);
    }

    public async Task SignAsync(Person actor, OutgoingDocument document, CancellationToken cancellationToken)
    {
        Require(document.SignerId == actor.UserId, "Chỉ người được trình ký mới ký được văn bản này.");
        Require(document.Status == OutgoingStatus.AwaitingSignature, "Văn bản không ở bước chờ ký.");
        Require(StrongAuthentication.IsFresh(actor.Principal, StrongAuthentication.Freshness(configuration)),
            "Cần xác thực lại bằng mã một lần (bước hai) trước khi ký số.");
        var now = time.GetUtcNow();
        using var key = (SoftwareSigningKey)await keystore.KeyAsync(actor.UserId, cancellationToken);
        var rendered = await pdf.RenderAsync(document, cancellationToken);
        IssueBlanks.Find(rendered);
        var capacity = $"{document.Authority} {document.SignerTitle}".Trim();
        var signed = signer.Sign(rendered, new SignatureRequest("nguoi-ky", document.SignerName, now)
        {
            Reason = $"{capacity} ký ban hành",
            Location = document.Place,
            Box = new SignatureBox(1, 330, 90, 220, 56, [document.SignerName, capacity, $"Ký lúc {Vietnam(now):dd/MM/yyyy HH:mm}"]),
        }, key);
        var file = await vault.StoreAsync(new MemoryStream(signed), $"van-ban-di-{document.Id}-da-ky.pdf", cancellationToken);
        await StepAsync(actor, document, OutgoingTrigger.Sign, OutgoingAuditActions.Signed, new StepNote(document.ActingFor), async () =>
        {
            await vault.RecordAsync(file, cancellationToken);
            document.SignedFileId = file.Id;
        }, cancellationToken);
    }

    public async Task IssueAsync(Person actor, OutgoingDocument document, CancellationToken cancellationToken)
    {
        await RequireClerkAsync(actor, document, cancellationToken);
        Require(document.Status == OutgoingStatus.Signed, "Văn bản chưa được ký, chưa phát hành được.");
        var book = (await books.ListAsync(RegisterKind.Outgoing, cancellationToken)).FirstOrDefault(b => b.IsActive)
            ?? throw new RequestRefusedException("Cơ quan chưa có sổ đăng ký văn bản đi đang sử dụng.");
        await using var signed = await vault.OpenReadAsync(document.SignedFileId!.Value, cancellationToken);
        var signedBytes = new MemoryStream();
        await signed.CopyToAsync(signedBytes, cancellationToken);
        using var agencyKey = (SoftwareSigningKey)await keystore.KeyAsync(SoftwareKeystore.AgencyOwner, cancellationToken);
        var now = time.GetUtcNow();
        await StepAsync(actor, document, OutgoingTrigger.Issue, OutgoingAuditActions.Issued, new StepNote(""), async () =>
        {
            var number = await numbering.NextAsync(book.Code, now, cancellationToken);
            var type = DocumentTypes.Find(document.TypeCode)!;
            document.BookCode = number.BookCode;
            document.Year = number.Year;
            document.Number = number.Number;
            document.NumberSymbol = string.Create(CultureInfo.InvariantCulture,
                $"{number.Number:00}/{(type.IsCongVan ? document.Symbol : $"{type.Abbreviation}-{document.Symbol}")}");
            document.IssuedOn = DateOnly.FromDateTime(Vietnam(now));
            var agency = tenants.Current!.Record.DisplayName;
            // Decree 30: numbered after the signature. The number and date go into the blanks the signer's
            // page left, as an update after the signed bytes; the agency's signature then covers both.
            var signedPdf = signedBytes.ToArray();
            var numbered = filler.Fill(signedPdf, 1, IssueBlanks.Find(signedPdf).Fill(number.Number, document.IssuedOn.Value));
            var issued = signer.Sign(numbered, new SignatureRequest("co-quan", agency, now)
            {
                Reason = $"Cấp số {document.NumberSymbol}, ngày {document.IssuedOn:dd/MM/yyyy}",
                Location = document.Place,
                Box = new SignatureBox(1, 120, 90, 200, 48, [$"Số: {document.NumberSymbol}", $"Ngày {document.IssuedOn:dd/MM/yyyy}", agency]),
            }, agencyKey);
            var file = await vault.StoreAsync(new MemoryStream(issued), $"van-ban-di-{document.NumberSymbol.Replace('/', '-')}.pdf", cancellationToken);
            await vault.RecordAsync(file, cancellationToken);
            document.IssuedFileId = file.Id;
        }, cancellationToken);
    }

    public async Task ReturnAsync(Person actor, OutgoingDocument document, StepInput input, CancellationToken cancellationToken)
    {
        var mine = document.Status switch
        {
            OutgoingStatus.UnitReview => document.ReviewerId == actor.UserId,
            OutgoingStatus.FormatCheck => await IsClerkOnListAsync(actor, document, cancellationToken),
            OutgoingStatus.AwaitingSignature => document.SignerId == actor.UserId,
            _ => false,
        };
        Require(mine, "Bạn không trả lại được văn bản ở bước này.");
        var reason = input.Note?.Trim() ?? "";
        if (reason.Length is 0 or > 2000)
            throw new RequestRefusedException("Nhập lý do trả lại để người soạn thảo sửa.");
        await StepAsync(actor, document, OutgoingTrigger.Return, OutgoingAuditActions.Returned, new StepNote("", reason), () => Task.CompletedTask, cancellationToken);
    }

    private async Task StepAsync(Person actor, OutgoingDocument document, OutgoingTrigger trigger, string action, StepNote note, Func<Task> work,
        CancellationToken cancellationToken)
    {
        var machine = OutgoingMachine.Of(document);
        Require(machine.CanFire(trigger), $"Văn bản đang ở bước '{OutgoingMachine.StatusText(document.Status)}': không làm được việc này.");
        var from = document.Status;
        await unitOfWork.InTransactionAsync(async () =>
        {
            await work();
            machine.Fire(trigger);
            await db.SaveChangesAsync(cancellationToken);
            await journal.RecordAsync(document, actor, action, from, note, cancellationToken);
        }, cancellationToken);
    }

    private Task JoinAsync(OutgoingDocument document, string userId, AccessPosition position, CancellationToken cancellationToken) =>
        accessList.AddAsync(new AccessEntrySpec(OutgoingDrafting.Resource(document.Id), userId, position), cancellationToken);

    private async Task RequireClerkAsync(Person actor, OutgoingDocument document, CancellationToken cancellationToken) =>
        Require(await IsClerkOnListAsync(actor, document, cancellationToken), "Chỉ văn thư được chuyển văn bản này làm được bước này.");

    private async Task<bool> IsClerkOnListAsync(Person actor, OutgoingDocument document, CancellationToken cancellationToken) =>
        actor.Principal.IsInRole(Roles.Clerk)
        && (await accessList.MembersAsync(OutgoingDrafting.Resource(document.Id), cancellationToken))
            .Any(m => m.UserId == actor.UserId && m.Position == AccessPosition.RegisteringClerk);

    /// <summary>An instant as Vietnam's wall-clock time (UTC+7 all year, no daylight saving), for the module's dates.</summary>
    internal static DateTime Vietnam(DateTimeOffset instant) => instant.UtcDateTime.AddHours(7);

    private static void Require(bool condition, string message)
    {
        if (!condition)
            throw new OutgoingForbiddenException(message);
    }
}
